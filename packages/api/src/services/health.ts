import type { Database } from "@aizalo/db";

/**
 * Whether the API can reach its database as the app role, for load balancers and uptime
 * checks. Runs as a named system service that reads nothing but the clock.
 */
export async function checkHealth(database: Database) {
  const started = performance.now();
  const [row] = await database.runUnitOfWork(
    { type: "system", purpose: "health-check" },
    (db) => db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`,
  );
  return {
    status: "ok" as const,
    databaseTime: row?.now ?? null,
    databaseLatencyMs: Math.round(performance.now() - started),
  };
}
