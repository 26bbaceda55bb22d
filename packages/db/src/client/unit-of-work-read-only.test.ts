import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../actor";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createDatabase, type Database } from "./database";
import {
  addBusiness,
  countCustomers,
  fixtureOwner,
  recordQueries,
} from "./unit-of-work.test-world";

// UnitOfWorkOptions.readOnly: READ ONLY transactions, and the connection parked instead of a
// COMMIT, its transaction ended by the next unit of work's opening (parked-connections.ts).

let testDb: TestDatabase;
let owner: pg.Client;
const pools: pg.Pool[] = [];
const databases: Database[] = [];
/** The statements the pools' connections sent, in order (each unit of work's opening first). */
const sent: string[] = [];
const tenantA = randomUUID();
const tenantB = randomUUID();
const owners = new Map<string, string>([
  [tenantA, randomUUID()],
  [tenantB, randomUUID()],
]);
const actorOf = (tenantId: string): Actor => ({
  type: "tenant",
  tenantId,
  userId: owners.get(tenantId)!,
  role: "owner",
});
const readOnly = { readOnly: true };

/** A database on a pool of its own whose connections record what they send. */
function recordedDatabase(max: number): {
  database: Database;
  pool: pg.Pool;
  idleInTransaction: () => Promise<number>;
} {
  const name = `read-only-test-${pools.length}`;
  const pool = new pg.Pool({
    connectionString: testDb.appUrl,
    max,
    pipeline: true,
    application_name: name,
  });
  recordQueries(pool, (text) => sent.push(text));
  const database = createDatabase({
    connection: { pool },
    transactionTimeoutMs: 5_000,
    transactionMaxWaitMs: 5_000,
    preparedStatements: true,
  });
  pools.push(pool);
  databases.push(database);
  /** The pool's connections that sit in an open transaction. */
  const idleInTransaction = async () => {
    const { rows } = await owner.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity
        WHERE application_name = $1 AND state = 'idle in transaction'`,
      [name],
    );
    return Number(rows[0]?.count);
  };
  return { database, pool, idleInTransaction };
}

const customerCount = (tenantId: string) => countCustomers(owner, tenantId);

beforeAll(async () => {
  testDb = await createTestDatabase();
  owner = await fixtureOwner(testDb);
  for (const [tenantId, name] of [
    [tenantA, "read-only-alpha"],
    [tenantB, "read-only-beta"],
  ] as const) {
    await addBusiness(owner, { id: tenantId, ownerId: owners.get(tenantId)!, subdomain: name });
    await owner.query("INSERT INTO customers (tenant_id, phone) VALUES ($1, '+254722000001')", [
      tenantId,
    ]);
  }
});

afterAll(async () => {
  for (const database of databases) await database.disconnect();
  for (const pool of pools) await pool.end();
  await owner?.end();
  await testDb?.drop();
});

describe("a read-only unit of work", () => {
  it("cannot write: PostgreSQL refuses, and nothing is kept", async () => {
    const { database } = recordedDatabase(1);
    const before = await customerCount(tenantA);
    await expect(
      database.runUnitOfWork(
        actorOf(tenantA),
        (db) => db.customer.create({ data: { phone: "+254733000041" } }),
        readOnly,
      ),
    ).rejects.toThrow(/read-only transaction/);
    expect(await customerCount(tenantA)).toBe(before);
  });

  it("sends no COMMIT: the next unit of work ends its transaction, and sees only its own actor", async () => {
    const { database, idleInTransaction } = recordedDatabase(1);
    sent.length = 0;
    const firstRead = await database.runUnitOfWork(
      actorOf(tenantA),
      (db) => db.customer.findMany({ select: { tenantId: true } }),
      readOnly,
    );
    expect(firstRead.map(({ tenantId }) => tenantId)).toEqual([tenantA]);
    expect(sent.at(-1)).not.toBe("COMMIT");
    expect(await idleInTransaction()).toBe(1);

    // Another business's writing unit of work, on the same (only) connection.
    const secondRead = await database.runUnitOfWork(actorOf(tenantB), async (db) => {
      await db.customer.create({ data: { phone: "+254733000042" } });
      const [setting] = await db.$queryRaw<
        { tenant: string }[]
      >`SELECT current_setting('app.tenant_id') AS tenant`;
      const customers = await db.customer.findMany({ select: { tenantId: true } });
      return { setting: setting?.tenant, tenants: new Set(customers.map((c) => c.tenantId)) };
    });
    const secondOpening = sent.find((text) => text.includes(tenantB));
    expect(secondOpening).toMatch(/^ROLLBACK; BEGIN; SELECT set_config/);
    expect(secondRead).toEqual({ setting: tenantB, tenants: new Set([tenantB]) });
    expect(sent.at(-1)).toBe("COMMIT");
    expect(await customerCount(tenantB)).toBe(2);
    expect(await idleInTransaction()).toBe(0);
  });

  it("hands a connection nobody takes back to the pool, its transaction ended", async () => {
    const { database, pool, idleInTransaction } = recordedDatabase(1);
    await database.runUnitOfWork(actorOf(tenantA), (db) => db.customer.count(), readOnly);
    expect(pool.idleCount).toBe(0);
    expect(await idleInTransaction()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pool.idleCount).toBe(1);
    expect(await idleInTransaction()).toBe(0);
  });

  it("commits at once when another unit of work is waiting for a connection", async () => {
    const { database } = recordedDatabase(1);
    const counts = [await customerCount(tenantA), await customerCount(tenantB)];
    sent.length = 0;
    let release = () => {};
    const holding = new Promise<void>((resolve) => (release = resolve));
    const first = database.runUnitOfWork(
      actorOf(tenantA),
      async (db) => {
        const count = await db.customer.count();
        await holding;
        return count;
      },
      readOnly,
    );
    await new Promise((resolve) => setTimeout(resolve, 50)); // the first holds the connection
    const second = database.runUnitOfWork(actorOf(tenantB), (db) => db.customer.count(), readOnly);
    release();
    expect(await Promise.all([first, second])).toEqual(counts);
    const firstEnding = sent.findIndex((text) => text === "COMMIT");
    const secondOpening = sent.findIndex((text) => text.includes(tenantB));
    expect(firstEnding).toBeGreaterThan(-1);
    expect(firstEnding).toBeLessThan(secondOpening);
    expect(sent[secondOpening]).toMatch(/^BEGIN READ ONLY; /);
  });

  it("ends what is parked when the database disconnects", async () => {
    const { database, pool, idleInTransaction } = recordedDatabase(1);
    await database.runUnitOfWork(actorOf(tenantA), (db) => db.customer.count(), readOnly);
    expect(await idleInTransaction()).toBe(1);
    await database.disconnect();
    expect(pool.idleCount).toBe(1);
    expect(await idleInTransaction()).toBe(0);
  });
});
