import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const call = (person: PersonName) => createCallerFactory(appRouter)(world.contextFor(person));

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("admin.system.logs", () => {
  beforeAll(async () => {
    // 30 lines from one source: 12 info, 10 warning, 6 error, 2 critical, newest last.
    const levels = [
      ...Array<string>(12).fill("info"),
      ...Array<string>(10).fill("warning"),
      ...Array<string>(6).fill("error"),
      ...Array<string>(2).fill("critical"),
    ];
    for (const [index, level] of levels.entries()) {
      await world.owner.query(
        `INSERT INTO system_logs (level, source, message, tenant_id, created_at)
         VALUES ($1, 'job:test.mpesa-reconcile', $2, $3, $4)`,
        [
          level,
          `line ${index + 1}`,
          index === 29 ? world.tenantA.id : null,
          minutesAgo(60 - index),
        ],
      );
    }
    await world.owner.query(
      `INSERT INTO system_logs (level, source, message) VALUES ('error', 'job:test.other', 'elsewhere')`,
    );
  });

  it("filters by least severe level and source, newest first, one page at a time", async () => {
    const api = call("platform admin");
    const page1 = await api.admin.system.logs({
      minLevel: "error",
      source: "job:test.mpesa-reconcile",
      pageSize: 10,
    });
    expect(page1.total).toBe(8);
    expect(page1.rows.map((row) => row.message)).toEqual([
      "line 30",
      "line 29",
      "line 28",
      "line 27",
      "line 26",
      "line 25",
      "line 24",
      "line 23",
    ]);
    expect(page1.rows[0]).toMatchObject({
      level: "critical",
      tenantName: "Jacaranda Homes & Lettings",
    });

    const warnings = await api.admin.system.logs({
      minLevel: "warning",
      source: "job:test.mpesa-reconcile",
      pageSize: 10,
      page: 2,
    });
    expect(warnings.total).toBe(18);
    expect(warnings.rows.map((row) => row.message)).toEqual(
      Array.from({ length: 8 }, (_, index) => `line ${20 - index}`),
    );
    expect(await api.admin.system.logSources()).toEqual(
      expect.arrayContaining(["job:test.mpesa-reconcile", "job:test.other"]),
    );
  });

  it("refuses a page size out of range and an unknown level with BAD_REQUEST", async () => {
    const api = call("platform owner");
    expect(await codeOf(api.admin.system.logs({ pageSize: 1000 }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.admin.system.logs({ minLevel: "loud" as "info" }))).toBe("BAD_REQUEST");
  });
});

describe("admin.system.endpointUsage and evaluateAlerts", () => {
  beforeAll(async () => {
    // tenant.test.report over the last hour: 40 calls, 10 ms … 400 ms, every 4th a 500.
    for (let index = 1; index <= 40; index += 1) {
      await world.owner.query(
        `INSERT INTO api_usage (endpoint, method, response_status, response_time_ms, created_at)
         VALUES ('tenant.test.report', 'query', $1, $2, $3)`,
        [index % 4 === 0 ? 500 : 200, index * 10, minutesAgo(50)],
      );
    }
    // Two days ago: outside 24 h, inside 7 days.
    await world.owner.query(
      `INSERT INTO api_usage (endpoint, method, response_status, response_time_ms, created_at)
       VALUES ('tenant.test.report', 'query', 200, 5, $1)`,
      [minutesAgo(2 * 24 * 60)],
    );
    // One person making 110 changes in the last 30 seconds (limit 120 a minute; 80% is 96).
    await world.owner.query(
      `INSERT INTO api_usage (endpoint, method, user_id, user_type, response_status, response_time_ms, created_at)
       SELECT 'tenant.test.save', 'mutation', $1, 'tenant', 200, 12, now() - interval '30 seconds'
       FROM generate_series(1, 110)`,
      [world.sessions["tenant staff"]!.userId],
    );
  });

  it("counts calls, server errors and p95 per endpoint for the chosen window", async () => {
    const api = call("platform admin");
    const day = await api.admin.system.endpointUsage({ window: "24h" });
    expect(day.find((row) => row.endpoint === "tenant.test.report")).toEqual({
      endpoint: "tenant.test.report",
      method: "query",
      requests: 40,
      serverErrors: 10,
      refused: 0,
      p95Ms: 381, // percentile_cont over 10…400: 380 + 0.05 × 10 = 380.5
    });
    const week = await api.admin.system.endpointUsage({ window: "7d" });
    expect(week.find((row) => row.endpoint === "tenant.test.report")?.requests).toBe(41);
  });

  it("fires the error-rate and rate-limit rules with the measured value, and says what it cannot measure", async () => {
    const alerts = await call("platform owner").admin.system.evaluateAlerts();
    const byName = Object.fromEntries(alerts.map((alert) => [alert.name, alert]));
    expect(Object.keys(byName).sort()).toEqual([
      "api_rate_limit_approaching",
      "high_error_rate",
      "low_tenant_activity",
      "payment_failure",
    ]);
    // 10 of at least 40 calls in the hour (the test's own calls add a few 200s).
    expect(byName.high_error_rate).toMatchObject({ status: "firing", threshold: "5%" });
    expect(byName.high_error_rate?.measured).toMatch(/^\d+\.\d\d% \(10 of \d+ calls\)$/);
    expect(byName.api_rate_limit_approaching).toMatchObject({
      status: "firing",
      measured: "110 of 120 changes",
      threshold: "96 (80% of 120)",
    });
    // The seed's recent chats: fewer than 10 conversations with a message in the last hour.
    const { rows } = await world.owner.query(
      `SELECT count(DISTINCT conversation_id)::int AS n FROM messages
       WHERE created_at >= now() - interval '1 hour'`,
    );
    expect(rows[0].n).toBeLessThan(10);
    expect(byName.low_tenant_activity).toMatchObject({
      status: "firing",
      measured: `${rows[0].n} active conversations`,
    });
    expect(byName.payment_failure?.status).toBe("not_measured");
    expect(byName.payment_failure?.measured).toMatch(/^Not collected yet/);
  });

  it("is for the owner and admins only", async () => {
    for (const person of ["sales rep", "support", "tenant owner"] as const) {
      expect(await codeOf(call(person).admin.system.evaluateAlerts())).toBe("FORBIDDEN");
      expect(await codeOf(call(person).admin.system.logs({}))).toBe("FORBIDDEN");
    }
  });
});
