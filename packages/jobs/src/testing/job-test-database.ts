import { randomBytes, randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { createDatabase, type Database } from "@aizalo/db";
import { createTestDatabase, type TestDatabase } from "@aizalo/db/testing";
import pg from "pg";
import { pino, type Logger } from "pino";
import { afterAll, beforeAll } from "vitest";
import type { Job } from "../define-job";
import { migrateJobQueue } from "../setup";

export interface TestTenant {
  readonly id: string;
  readonly ownerId: string;
  readonly staffId: string;
}

export interface JobTestDatabase {
  readonly db: TestDatabase;
  /** Owner role, acting as a named fixture service: arranges rows and reads what is stored. */
  readonly owner: pg.Client;
  /** The app role's units of work, as the worker runs them. */
  readonly database: Database;
  readonly tenantA: TestTenant;
  readonly tenantB: TestTenant;
}

/**
 * beforeAll/afterAll for a test file: a migrated and seeded database of its own, the job queue
 * set up in it for `jobs` as `pnpm db:migrate` does, and two fresh tenants with an owner and a
 * staff member each.
 */
export function useJobTestDatabase(jobs: readonly Job[]): JobTestDatabase {
  let state: JobTestDatabase | undefined;
  beforeAll(async () => {
    const db = await createTestDatabase();
    await migrateJobQueue(db.ownerUrl, { jobs });
    const owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    await owner.query(
      "SELECT set_config('app.user_type', 'system', false), set_config('app.purpose', 'test-fixtures', false)",
    );
    const database = createDatabase({
      connection: { appUrl: db.appUrl, poolSize: 4, connectTimeoutMs: 5_000 },
      transactionTimeoutMs: 5_000,
      transactionMaxWaitMs: 5_000,
      preparedStatements: true,
    });
    state = {
      db,
      owner,
      database,
      tenantA: await insertTenant(owner, "kilimo"),
      tenantB: await insertTenant(owner, "pwani"),
    };
  });
  afterAll(async () => {
    await state?.database.disconnect();
    await state?.owner.end();
    await state?.db.drop();
  });
  const ready = (): JobTestDatabase => {
    if (!state) throw new Error("job test database not ready");
    return state;
  };
  return {
    get db() {
      return ready().db;
    },
    get owner() {
      return ready().owner;
    },
    get database() {
      return ready().database;
    },
    get tenantA() {
      return ready().tenantA;
    },
    get tenantB() {
      return ready().tenantB;
    },
  };
}

async function insertTenant(owner: pg.Client, name: string): Promise<TestTenant> {
  const subdomain = `${name}-${randomBytes(3).toString("hex")}`;
  const tenant: TestTenant = { id: randomUUID(), ownerId: randomUUID(), staffId: randomUUID() };
  await owner.query(
    `INSERT INTO tenants (id, business_name, subdomain, industry, phone, email, subscription_status)
     VALUES ($1, $2, $2, 'hardware', '+254711000001', $2 || '@example.co.ke', 'active')`,
    [tenant.id, subdomain],
  );
  for (const [id, role, person] of [
    [tenant.ownerId, "owner", "Wanjiru Kamau"],
    [tenant.staffId, "staff", "Otieno Odhiambo"],
  ] as const) {
    await owner.query(
      `INSERT INTO tenant_users (id, tenant_id, email, full_name, role) VALUES ($1, $2, $3, $4, $5)`,
      [id, tenant.id, `${role}@${subdomain}.example.co.ke`, person, role],
    );
  }
  return tenant;
}

/** A logger whose lines a test can read back (parsed JSON). */
export function captureLogger(): { log: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { log: pino({ level: "debug" }, sink), lines };
}

/** Polls `check` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
