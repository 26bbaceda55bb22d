/**
 * `pnpm bench:admin`: how fast /admin's queries answer on a platform of 2,000 businesses with
 * 24 months of subscription history and payments (scripts/bench/admin-data.sql, plus 100 demo
 * accounts and 150,000 API calls in the last 24 hours).
 *
 * 1. database aizalo_bench_admin on DATABASE_URL's server (default CI's local one), dropped at
 *    the end, even on failure; 2. migrations, the demo seed, then the bench data; 3. the
 *    procedures called in-process as the platform owner through createCallerFor (the same
 *    builders, unit of work and row-level security as over HTTP, without the HTTP hop):
 *    a warm-up, then BENCH_RUNS (default 50) calls each, one at a time. Prints p50/p95/max per
 *    procedure and exits 1 when a p95 is over BENCH_TARGET_MS (default 200).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BENCH_DATABASE = "aizalo_bench_admin";
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = 5;
const TARGET_MS = Number(process.env.BENCH_TARGET_MS ?? 200);

const say = (line: string) => console.log(`[bench:admin] ${line}`);

const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const withDatabase = (url: string, name: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};
const ownerUrl = withDatabase(serverUrl, BENCH_DATABASE);
const maintenanceUrl = withDatabase(serverUrl, "postgres");

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: ownerUrl,
  TURBO_TELEMETRY_DISABLED: "1",
};
// A configured app-role URL would point at another database: derive it from DATABASE_URL.
delete childEnv.DATABASE_APP_URL;

function run(command: string, args: string[], what: string, input?: string): string {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: childEnv,
    input,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    throw new Error(`${what} failed (exit ${result.status ?? result.signal})`);
  }
  return result.stdout;
}

const psql = (url: string, sql: string) =>
  run("psql", ["-Atq", "-v", "ON_ERROR_STOP=1", url, "-f", "-"], "psql", sql);

function percentile(sorted: readonly number[], p: number): number {
  // Nearest rank: the smallest sample at or above p of them.
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function measure(label: string, call: () => Promise<unknown>) {
  for (let index = 0; index < WARMUP; index += 1) await call();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    label,
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
    max: samples.at(-1) ?? Number.NaN,
  };
}

let databaseCreated = false;

async function main(): Promise<number> {
  say(`fresh database ${BENCH_DATABASE}`);
  databaseCreated = true;
  psql(maintenanceUrl, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE);`);
  psql(maintenanceUrl, `CREATE DATABASE ${BENCH_DATABASE};`);
  run("pnpm", ["exec", "turbo", "run", "generate", "--output-logs=errors-only"], "prisma generate");
  run("pnpm", ["--silent", "db:migrate"], "migrations");
  run("pnpm", ["--silent", "db:seed"], "seed");
  say("adding 2,000 businesses, 24 months of history and payments, 150,000 API calls");
  const started = performance.now();
  psql(ownerUrl, readFileSync(path.join(ROOT, "scripts/bench/admin-data.sql"), "utf8"));
  const counts = psql(
    ownerUrl,
    `SELECT (SELECT count(*) FROM tenants) || ' tenants, ' ||
       (SELECT count(*) FROM subscription_changes) || ' subscription changes, ' ||
       (SELECT count(*) FROM platform_revenue) || ' payments, ' ||
       (SELECT count(*) FROM api_usage) || ' API calls';`,
  ).trim();
  say(`${counts} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const ownerId = psql(
    ownerUrl,
    "SELECT id FROM platform_users WHERE role = 'owner' AND deleted_at IS NULL LIMIT 1;",
  ).trim();

  // The API reads DATABASE_URL when it first connects: point it at the bench database.
  process.env.DATABASE_URL = ownerUrl;
  delete process.env.DATABASE_APP_URL;
  const { createCallerFor } = await import("@aizalo/api");
  const owner = createCallerFor({
    userType: "platform",
    userId: ownerId,
    role: "owner",
    sessionVersion: 1,
  });

  const overview = await owner.admin.overview.get();
  say(
    `overview: MRR KES ${overview.movement.mrr.toFixed(2)}, ${overview.movement.payingAtEnd} ` +
      `paying, ${overview.tenants.total} businesses (+${overview.tenants.demo} demo), ` +
      `${(await owner.admin.overview.health()).requests} API calls in 24 h`,
  );
  const results = [
    await measure("admin.overview.get (this month)", () => owner.admin.overview.get()),
    await measure("admin.overview.health (24 h)", () => owner.admin.overview.health()),
    // What /admin waits for: both at once, as the page asks for them.
    await measure("/admin page data (get + health)", () =>
      Promise.all([owner.admin.overview.get(), owner.admin.overview.health()]),
    ),
    await measure("admin.overview.get (a past month)", () =>
      owner.admin.overview.get({ month: overview.revenue[6]?.month }),
    ),
  ];
  // The /admin/tenants list (another helper's procedure): its first page, and a filtered,
  // searched page sorted by fee.
  results.push(
    await measure("admin.tenants.list (first page)", () => owner.admin.tenants.list({})),
    await measure("admin.tenants.list (active, search, by fee)", () =>
      owner.admin.tenants.list({
        search: "Business 1",
        sort: "fee",
        desc: true,
        filters: { status: "active" },
      }),
    ),
  );

  // Latency on a shared machine says little without its load: print it beside the numbers.
  const [load1 = 0] = loadavg();
  console.log(
    `\n${RUNS} calls each after ${WARMUP} warm-up calls, one at a time, in-process ` +
      `(load average ${load1.toFixed(1)} on ${cpus().length} CPUs):`,
  );
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(`${pad("procedure", 46)}${pad("p50", 12)}${pad("p95", 12)}max`);
  for (const result of results) {
    console.log(
      `${pad(result.label, 46)}${pad(`${result.p50.toFixed(1)} ms`, 12)}` +
        `${pad(`${result.p95.toFixed(1)} ms`, 12)}${result.max.toFixed(1)} ms`,
    );
  }
  const slow = results.filter((result) => result.p95 > TARGET_MS);
  if (slow.length > 0)
    say(`over the ${TARGET_MS} ms p95 target: ${slow.map((r) => r.label).join(", ")}`);
  return slow.length > 0 ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(
    `[bench:admin] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
} finally {
  // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE; the next run replaces it.
  if (databaseCreated && process.env.BENCH_KEEP !== "1") {
    try {
      psql(maintenanceUrl, `DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE);`);
    } catch {
      say(`could not drop ${BENCH_DATABASE}`);
    }
  }
}
process.exit(code);
