import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidActorError, type Actor } from "../actor";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createDatabase, type Database, type ScopedDb } from "./database";
import { TenantScopeError } from "./query-rules/tenant-scope";
import { UndefinedWhereValueError } from "./query-rules/where-guard";
import { UnitOfWorkEndedError } from "./unit-of-work-connection";
import { MissingUnitOfWorkError } from "./unit-of-work-context";
import { addBusiness, countCustomers, fixtureOwner } from "./unit-of-work.test-world";

let testDb: TestDatabase;
let owner: pg.Client;
let database: Database;
const tenantA = randomUUID();
const tenantB = randomUUID();
const ownerOfA = randomUUID();
const ownerOfB = randomUUID();
const actorA: Actor = { type: "tenant", tenantId: tenantA, userId: ownerOfA, role: "owner" };
const actorB: Actor = { type: "tenant", tenantId: tenantB, userId: ownerOfB, role: "owner" };

beforeAll(async () => {
  testDb = await createTestDatabase();
  owner = await fixtureOwner(testDb);
  for (const [tenantId, userId, name] of [
    [tenantA, ownerOfA, "uow-alpha"],
    [tenantB, ownerOfB, "uow-beta"],
  ] as const) {
    await addBusiness(owner, { id: tenantId, ownerId: userId, subdomain: name });
    for (let i = 0; i < 5; i += 1) {
      await owner.query(
        `INSERT INTO customers (tenant_id, phone, first_name) VALUES ($1, $2, 'Achieng')`,
        [tenantId, `+2547220000${i}${tenantId === tenantA ? 1 : 2}`],
      );
    }
  }
  database = createDatabase({
    connection: { appUrl: testDb.appUrl, poolSize: 4, connectTimeoutMs: 5_000 },
    transactionTimeoutMs: 5_000,
    transactionMaxWaitMs: 5_000,
    preparedStatements: true,
  });
});

afterAll(async () => {
  await database?.disconnect();
  await owner?.end();
  await testDb?.drop();
});

const customerCount = (tenantId: string) => countCustomers(owner, tenantId);

describe("a unit of work", () => {
  it("sees only its own tenant's rows, through model queries and raw SQL alike", async () => {
    const { tenants, rawCount, setting } = await database.runUnitOfWork(actorA, async (db) => ({
      tenants: new Set((await db.customer.findMany()).map((customer) => customer.tenantId)),
      rawCount: (await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM customers`)[0]?.count,
      setting: (
        await db.$queryRaw<{ value: string }[]>`SELECT current_setting('app.tenant_id') AS value`
      )[0]?.value,
    }));
    expect([...tenants]).toEqual([tenantA]);
    expect(Number(rawCount)).toBe(5);
    expect(setting).toBe(tenantA);
  });

  it("writes the tenant id into created rows inside the transaction", async () => {
    const created = await database.runUnitOfWork(actorA, (db) =>
      db.customer.create({ data: { phone: "+254733000001", firstName: "Otieno" } }),
    );
    expect(created.tenantId).toBe(tenantA);
    const stored = await owner.query("SELECT tenant_id FROM customers WHERE id = $1", [created.id]);
    expect(stored.rows[0].tenant_id).toBe(tenantA);
  });

  it("refuses a query that names another tenant instead of quietly returning nothing", async () => {
    await expect(
      database.runUnitOfWork(actorA, (db) =>
        db.customer.findMany({ where: { tenantId: tenantB } }),
      ),
    ).rejects.toBeInstanceOf(TenantScopeError);
    await expect(
      database.runUnitOfWork(actorA, (db) =>
        db.customer.create({ data: { tenantId: tenantB, phone: "+254733000002" } }),
      ),
    ).rejects.toBeInstanceOf(TenantScopeError);
    expect(await customerCount(tenantB)).toBe(5);
  });

  it("cannot update or delete another tenant's row by its id", async () => {
    const victim = (
      await owner.query("SELECT id FROM customers WHERE tenant_id = $1 LIMIT 1", [tenantB])
    ).rows[0].id;
    const result = await database.runUnitOfWork(actorA, async (db) => ({
      found: await db.customer.findUnique({ where: { id: victim } }),
      updated: await db.customer.updateMany({
        where: { id: victim },
        data: { firstName: "Hacked" },
      }),
      deleted: await db.customer.deleteMany({ where: { id: victim } }),
    }));
    expect(result).toEqual({ found: null, updated: { count: 0 }, deleted: { count: 0 } });
    const stored = await owner.query("SELECT first_name FROM customers WHERE id = $1", [victim]);
    expect(stored.rows[0].first_name).toBe("Achieng");
  });

  it("fills nested writes from the parent, and RLS refuses a nested row for another tenant", async () => {
    const customer = await database.runUnitOfWork(actorA, (db) =>
      db.customer.create({
        data: { phone: "+254733000003", conversations: { create: { channel: "whatsapp" } } },
        include: { conversations: true },
      }),
    );
    expect(customer.conversations.map((conversation) => conversation.tenantId)).toEqual([tenantA]);

    await expect(
      database.runUnitOfWork(
        actorA,
        (db) =>
          db.$executeRaw`INSERT INTO customers (tenant_id, phone) VALUES (${tenantB}::uuid, '+254733000004')`,
      ),
    ).rejects.toThrow();
    expect(await customerCount(tenantB)).toBe(5);
  });

  it("refuses an undefined where value instead of widening the query to every row", async () => {
    const before = await customerCount(tenantA);
    const input: { id?: string } = {};
    await expect(
      database.runUnitOfWork(actorA, (db) => db.customer.deleteMany({ where: { id: input.id } })),
    ).rejects.toBeInstanceOf(UndefinedWhereValueError);
    await expect(
      database.runUnitOfWork(actorA, (db) =>
        db.customer.findMany({ where: { OR: [{ firstName: "Achieng" }, { lastName: input.id }] } }),
      ),
    ).rejects.toBeInstanceOf(UndefinedWhereValueError);
    expect(await customerCount(tenantA)).toBe(before);
  });

  it("leaves nothing written when the work throws", async () => {
    const before = await customerCount(tenantA);
    await expect(
      database.runUnitOfWork(actorA, async (db) => {
        await db.customer.create({ data: { phone: "+254733000005" } });
        await db.customer.create({ data: { phone: "+254733000006" } });
        throw new Error("payment provider said no");
      }),
    ).rejects.toThrow("payment provider said no");
    expect(await customerCount(tenantA)).toBe(before);
  });

  it("hides soft-deleted rows unless the query asks for them", async () => {
    const doomed = await database.runUnitOfWork(actorA, (db) =>
      db.customer.create({ data: { phone: "+254733000007", deletedAt: new Date() } }),
    );
    const { visible, trash } = await database.runUnitOfWork(actorA, async (db) => ({
      visible: await db.customer.findFirst({ where: { id: doomed.id } }),
      trash: await db.customer.findMany({ where: { deletedAt: { not: null } } }),
    }));
    expect(visible).toBeNull();
    expect(trash.map((customer) => customer.id)).toEqual([doomed.id]);
  });

  it("refuses a client used after its unit of work ended", async () => {
    let leaked: ScopedDb | undefined;
    await database.runUnitOfWork(actorA, async (db) => {
      leaked = db;
    });
    await expect(leaked!.customer.findMany()).rejects.toBeInstanceOf(MissingUnitOfWorkError);
  });

  it("refuses an actor that is not well formed before touching the database", async () => {
    let ran = false;
    await expect(
      database.runUnitOfWork(
        { type: "tenant", tenantId: "not-a-uuid", userId: ownerOfA, role: "owner" },
        async () => {
          ran = true;
        },
      ),
    ).rejects.toBeInstanceOf(InvalidActorError);
    expect(ran).toBe(false);
  });
});

describe("many units of work at once", () => {
  it("never let 200 interleaved units of work from two tenants see each other's rows", async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) => {
        const actor = index % 2 === 0 ? actorA : actorB;
        return database.runUnitOfWork(actor, async (db) => {
          const customers = await db.customer.findMany({ select: { tenantId: true } });
          const [raw] = await db.$queryRaw<
            { tenants: string[] }[]
          >`SELECT array_agg(DISTINCT tenant_id::text) AS tenants FROM customers`;
          return {
            expected: actor.type === "tenant" ? actor.tenantId : "",
            seen: [...customers.map((c) => c.tenantId), ...(raw?.tenants ?? [])],
          };
        });
      }),
    );
    for (const { expected, seen } of results) {
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([expected]));
    }
  });

  it("leave no setting behind on a pooled connection", async () => {
    const pool = new pg.Pool({ connectionString: testDb.appUrl, max: 1 });
    const single = createDatabase({
      connection: { pool },
      transactionTimeoutMs: 5_000,
      transactionMaxWaitMs: 5_000,
      preparedStatements: true,
    });
    try {
      await single.runUnitOfWork(actorA, (db) => db.customer.count());
      const after = await pool.query(
        "SELECT NULLIF(current_setting('app.tenant_id', true), '') AS tenant, (SELECT count(*) FROM customers) AS visible",
      );
      expect(after.rows[0]).toEqual({ tenant: null, visible: "0" });
    } finally {
      await single.disconnect();
      await pool.end();
    }
  });

  it("read the session state with BEGIN and the settings, in one message of the transaction", async () => {
    const pool = new pg.Pool({ connectionString: testDb.appUrl, max: 1 });
    const sent: string[] = [];
    // Registered before createDatabase's own listener, so it sees what that one sends.
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
      Object.defineProperty(client, "query", {
        configurable: true,
        value: (config: unknown, ...rest: unknown[]) => {
          sent.push(
            typeof config === "string" ? config : String((config as { text: string }).text),
          );
          return query(config, ...rest);
        },
      });
    });
    const single = createDatabase({
      connection: { pool },
      transactionTimeoutMs: 5_000,
      transactionMaxWaitMs: 5_000,
      preparedStatements: true,
    });
    const asked = { sessionState: { impersonationSessionId: null } };
    try {
      const [state] =
        (await single.runUnitOfWork(actorA, async (_db, opened) => opened.sessionState, asked)) ??
        [];
      expect(state).toMatchObject({ is_active: true, role: "owner", session_version: 1 });
      expect(state).toMatchObject({ subdomain: "uow-alpha", subscription_status: "active" });
      expect(sent).toEqual([
        expect.stringMatching(
          /^BEGIN; SELECT set_config\(.*\); SELECT \* FROM app\.session_state\(NULL::uuid\)$/,
        ),
        "COMMIT",
      ]);

      // Read inside the transaction: a change committed a moment ago counts at once.
      await owner.query("UPDATE tenant_users SET is_active = false WHERE id = $1", [ownerOfA]);
      try {
        const [after] =
          (await single.runUnitOfWork(actorA, async (_db, opened) => opened.sessionState, asked)) ??
          [];
        expect(after?.is_active).toBe(false);
      } finally {
        await owner.query("UPDATE tenant_users SET is_active = true WHERE id = $1", [ownerOfA]);
      }
      // Another actor's account is not theirs to read: B's owner reads only B's own row.
      const [ofB] =
        (await single.runUnitOfWork(actorB, async (_db, opened) => opened.sessionState, asked)) ??
        [];
      expect(ofB?.subdomain).toBe("uow-beta");
      // Without the option, nothing is read with BEGIN.
      sent.length = 0;
      await single.runUnitOfWork(actorA, async (_db, opened) => {
        expect(opened.sessionState).toBeUndefined();
      });
      expect(sent[0]).not.toMatch(/session_state/);
      // An impersonation session id is inlined only as a uuid.
      const customersBefore = await customerCount(tenantA);
      await expect(
        single.runUnitOfWork(actorA, async () => null, {
          sessionState: { impersonationSessionId: "x'); DROP TABLE customers; --" },
        }),
      ).rejects.toThrow();
      expect(await customerCount(tenantA)).toBe(customersBefore);
    } finally {
      await single.disconnect();
      await pool.end();
    }
  });
});

describe("the unit of work's own transaction", () => {
  it("rolls a failed nested write back to its savepoint, and the unit of work goes on", async () => {
    const before = await customerCount(tenantA);
    const failure = await database.runUnitOfWork(actorA, async (db) => {
      await db.customer.create({ data: { phone: "+254733000021" } });
      // Same phone in the same business: the parent row fails, inside Prisma's nested write.
      const error = await db.customer
        .create({
          data: { phone: "+254733000021", conversations: { create: { channel: "whatsapp" } } },
        })
        .catch((caught: unknown) => caught);
      // Without the savepoint PostgreSQL would refuse everything after the failure.
      expect(await db.customer.count({ where: { phone: "+254733000021" } })).toBe(1);
      return error;
    });
    expect(failure).toBeInstanceOf(Error);
    expect(await customerCount(tenantA)).toBe(before + 1);
  });

  it("runs queries started together on its one connection, in its one transaction", async () => {
    const [count, customers, [raw]] = await database.runUnitOfWork(actorA, (db) =>
      Promise.all([
        db.customer.count(),
        db.customer.findMany({ select: { tenantId: true } }),
        db.$queryRaw<{ tenant: string }[]>`SELECT current_setting('app.tenant_id') AS tenant`,
      ]),
    );
    expect(customers).toHaveLength(count);
    expect(new Set(customers.map((customer) => customer.tenantId))).toEqual(new Set([tenantA]));
    expect(raw?.tenant).toBe(tenantA);
  });

  it("rolls back a unit of work that outlives its time limit, and refuses its later queries", async () => {
    const before = await customerCount(tenantA);
    let later: unknown;
    await expect(
      database.runUnitOfWork(
        actorA,
        async (db) => {
          await db.customer.create({ data: { phone: "+254733000022" } });
          await new Promise((resolve) => setTimeout(resolve, 400));
          later = await db.customer.count().catch((error: unknown) => error);
        },
        { timeoutMs: 150 },
      ),
    ).rejects.toThrow(/ran longer than its 150 ms and was rolled back/);
    expect(later).toBeInstanceOf(UnitOfWorkEndedError);
    expect(await customerCount(tenantA)).toBe(before);
  });

  it("refuses a query from a promise left running after its unit of work", async () => {
    let late: Promise<unknown> | undefined;
    await database.runUnitOfWork(actorA, async (db) => {
      // Still in the unit of work's async context when it fires, but the transaction is over:
      // its connection may be another actor's by then.
      late = new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        db.customer.count().catch((error: unknown) => error),
      );
    });
    expect(await late).toBeInstanceOf(UnitOfWorkEndedError);
  });

  it("fails, not the process, when the server drops its connection mid-way; the next one works", async () => {
    await expect(
      database.runUnitOfWork(actorA, async (db) => {
        const [backend] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
        await owner.query("SELECT pg_terminate_backend($1)", [backend?.pid]);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return db.customer.count();
      }),
    ).rejects.toThrow();
    expect(await database.runUnitOfWork(actorA, (db) => db.customer.count())).toBeGreaterThan(0);
  });

  it("gives up with a clear error when no connection is free in time, then serves again", async () => {
    const pool = new pg.Pool({ connectionString: testDb.appUrl, max: 1 });
    const single = createDatabase({
      connection: { pool },
      transactionTimeoutMs: 5_000,
      transactionMaxWaitMs: 100,
      preparedStatements: true,
    });
    try {
      let release!: () => void;
      const holding = single.runUnitOfWork(actorA, () => new Promise<void>((r) => (release = r)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await expect(single.runUnitOfWork(actorA, (db) => db.customer.count())).rejects.toThrow(
        /No database connection was free within 100 ms/,
      );
      release();
      await holding;
      expect(await single.runUnitOfWork(actorA, (db) => db.customer.count())).toBeGreaterThan(0);
    } finally {
      await single.disconnect();
      await pool.end();
    }
  });
});
