/**
 * pnpm bench:isolation — what tenant isolation costs a typical dashboard unit of work.
 *
 * Scoped: one unit of work as a tenant user (transaction, transaction-local settings, query
 * extensions, RLS) running five indexed dashboard queries. Plain: the same five queries through
 * a plain Prisma client as the owner role (no RLS, no transaction) with explicit tenant_id
 * filters. Runs alternate so machine noise hits both; the figure is the ratio of medians.
 */
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { createDatabase } from "../src/client/database";
import { appUrlFor, readDatabaseEnv, withDatabaseName } from "../src/config";
import { PrismaClient } from "../src/generated/prisma/client";
import { migrateDatabase } from "../src/setup/migrate";
import { connectOwner } from "../src/setup/connect";
import { runCommand } from "../src/setup/setup-error";
import { openTargetDatabase } from "../src/setup/target";
import { loadBenchmarkData } from "./isolation-data";

const WARMUP_RUNS = 200;
const MEASURED_RUNS = Number(process.env.BENCH_RUNS ?? 2_000);
const BENCH_DATABASE = "aizalo_bench_isolation";

await runCommand(async () => {
  const target = await openTargetDatabase(console.error);
  const env = readDatabaseEnv();
  const ownerUrl = withDatabaseName(target.ownerUrl, BENCH_DATABASE);
  try {
    const admin = await connectOwner(withDatabaseName(target.ownerUrl, "postgres"));
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    await admin.end();
    await migrateDatabase(ownerUrl, { appPassword: env.DATABASE_APP_PASSWORD });
    const { tenantId, userId, rows } = await loadBenchmarkData(ownerUrl);
    console.log(`data: ${rows} rows across 20 tenants; measuring tenant ${tenantId}`);

    const scopedDb = createDatabase({
      connection: {
        appUrl: appUrlFor(ownerUrl, env.DATABASE_APP_PASSWORD),
        poolSize: 4,
        connectTimeoutMs: 5_000,
      },
      transactionTimeoutMs: 5_000,
      transactionMaxWaitMs: 5_000,
      preparedStatements: true,
    });
    const plainPool = new pg.Pool({ connectionString: ownerUrl, max: 4 });
    const plain = new PrismaClient({ adapter: new PrismaPg(plainPool) });
    // The tenant dashboard's KPI cards: conversations today, open conversations, new leads this
    // week, conversion rate (leads by stage), revenue this month (won leads' value).
    const today = startOfDay(new Date());
    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    const monthStart = new Date(today.getFullYear(), today.getMonth(), 1);
    const open = { in: ["active", "waiting"] as ("active" | "waiting")[] };
    const scoped = () =>
      scopedDb.runUnitOfWork({ type: "tenant", tenantId, userId, role: "owner" }, async (db) => [
        await db.conversation.count({ where: { createdAt: { gte: today } } }),
        await db.conversation.count({ where: { status: open } }),
        await db.lead.count({ where: { createdAt: { gte: weekAgo } } }),
        await db.lead.groupBy({ by: ["stage"], _count: { _all: true }, orderBy: { stage: "asc" } }),
        await db.lead.aggregate({
          where: { stage: "won", convertedAt: { gte: monthStart } },
          _sum: { value: true },
        }),
      ]);
    const live = { tenantId, deletedAt: null };
    const unscoped = async () => [
      await plain.conversation.count({ where: { ...live, createdAt: { gte: today } } }),
      await plain.conversation.count({ where: { ...live, status: open } }),
      await plain.lead.count({ where: { ...live, createdAt: { gte: weekAgo } } }),
      await plain.lead.groupBy({
        by: ["stage"],
        where: live,
        _count: { _all: true },
        orderBy: { stage: "asc" },
      }),
      await plain.lead.aggregate({
        where: { ...live, stage: "won", convertedAt: { gte: monthStart } },
        _sum: { value: true },
      }),
    ];

    // Same answers both ways, or the comparison means nothing.
    const [scopedAnswer, plainAnswer] = [
      JSON.stringify(await scoped()),
      JSON.stringify(await unscoped()),
    ];
    if (scopedAnswer !== plainAnswer) {
      throw new Error(`scoped and plain queries disagree: ${scopedAnswer} vs ${plainAnswer}`);
    }
    for (let i = 0; i < WARMUP_RUNS; i += 1) {
      await scoped();
      await unscoped();
    }
    const scopedTimes: number[] = [];
    const plainTimes: number[] = [];
    for (let i = 0; i < MEASURED_RUNS; i += 1) {
      const first = i % 2 === 0 ? scoped : unscoped;
      const second = first === scoped ? unscoped : scoped;
      for (const run of [first, second]) {
        const started = performance.now();
        await run();
        (run === scoped ? scopedTimes : plainTimes).push(performance.now() - started);
      }
    }
    const emptyTimes: number[] = [];
    for (let i = 0; i < MEASURED_RUNS; i += 1) {
      const started = performance.now();
      await scopedDb.runUnitOfWork(
        { type: "tenant", tenantId, userId, role: "owner" },
        async () => null,
      );
      emptyTimes.push(performance.now() - started);
    }
    const scopedMedian = median(scopedTimes);
    const plainMedian = median(plainTimes);
    console.log(`runs: ${MEASURED_RUNS} each (after ${WARMUP_RUNS} warm-up)`);
    console.log(
      `plain  (explicit tenant_id, no transaction): median ${plainMedian.toFixed(3)} ms, p95 ${percentile(plainTimes, 0.95).toFixed(3)} ms`,
    );
    console.log(
      `scoped (unit of work + RLS):                 median ${scopedMedian.toFixed(3)} ms, p95 ${percentile(scopedTimes, 0.95).toFixed(3)} ms`,
    );
    console.log(
      `fixed cost of a unit of work (BEGIN + settings, COMMIT; no queries): median ${median(emptyTimes).toFixed(3)} ms`,
    );
    console.log(
      `ratio scoped/plain (medians): ${(scopedMedian / plainMedian).toFixed(2)}x  (target <= 1.30x)`,
    );

    await scopedDb.disconnect();
    await plain.$disconnect();
    await plainPool.end();
    const cleanup = await connectOwner(withDatabaseName(target.ownerUrl, "postgres"));
    await cleanup.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await cleanup.end();
  } finally {
    await target.stop();
  }
});

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}
