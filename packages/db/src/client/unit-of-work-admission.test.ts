import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../actor";
import { createTestDatabase, type TestDatabase } from "../testing";
import { createDatabase, type Database, type UnitOfWorkOptions } from "./database";
import {
  addBusiness,
  countCustomers,
  fixtureOwner,
  recordQueries,
} from "./unit-of-work.test-world";

// UnitOfWorkOptions.admit: the opening (BEGIN, settings, the session read) leaves with the
// work's first query on a pipelined connection, and its verdict gates every answer.

let testDb: TestDatabase;
let owner: pg.Client;
let pool: pg.Pool;
let database: Database;
/** What went out on the pool's connections, in order, and whether the opening had answered. */
const sent: { text: string; openingAnswered: boolean }[] = [];
/** The socket writes those took: one entry per write, counting the messages it carried. */
const writes: number[] = [];
let openingAnswered = false;
const tenantId = randomUUID();
const userId = randomUUID();
const actor: Actor = { type: "tenant", tenantId, userId, role: "owner" };
const sessionState = { impersonationSessionId: null };

const databaseOn = (on: pg.Pool) =>
  createDatabase({
    connection: { pool: on },
    transactionTimeoutMs: 5_000,
    transactionMaxWaitMs: 5_000,
    preparedStatements: true,
  });

beforeAll(async () => {
  testDb = await createTestDatabase();
  owner = await fixtureOwner(testDb);
  await addBusiness(owner, { id: tenantId, ownerId: userId, subdomain: "admission-salon" });
  pool = new pg.Pool({ connectionString: testDb.appUrl, max: 2, pipeline: true });
  pool.on("connect", (client) => {
    const { stream } = client.connection;
    const writev = stream._writev!.bind(stream);
    const write = stream._write.bind(stream);
    stream._writev = (chunks, callback) => {
      writes.push(chunks.length);
      writev(chunks, callback);
    };
    stream._write = (chunk, encoding, callback) => {
      writes.push(1);
      write(chunk, encoding, callback);
    };
  });
  recordQueries(pool, (text, answer) => {
    sent.push({ text, openingAnswered });
    if (text.startsWith("BEGIN")) {
      openingAnswered = false;
      void answer.then(
        () => (openingAnswered = true),
        () => (openingAnswered = true),
      );
    }
  });
  database = databaseOn(pool);
});

afterAll(async () => {
  await database?.disconnect();
  await pool?.end();
  await owner?.end();
  await testDb?.drop();
});

const customerCount = () => countCustomers(owner, tenantId);

const refuse = (): UnitOfWorkOptions["admit"] => () => {
  throw new Error("Your session has ended");
};

describe("a unit of work admitted on its opening's answer", () => {
  it("sends its first query with the opening, and hands over no answer before the verdict", async () => {
    const events: string[] = [];
    sent.length = 0;
    const count = await database.runUnitOfWork(
      actor,
      async (db) => {
        const answer = await db.customer.count();
        events.push("answer");
        return answer;
      },
      {
        sessionState,
        admit: (opened) => {
          events.push(`admit ${opened.sessionState?.[0]?.role}`);
        },
      },
    );
    expect(count).toBe(0);
    expect(events).toEqual(["admit owner", "answer"]);
    const [opening, first, ending] = sent;
    expect(opening?.text).toMatch(
      /^BEGIN; SELECT set_config\(.*\); SELECT \* FROM app\.session_state/,
    );
    expect(first).toMatchObject({ text: expect.stringMatching(/count/i), openingAnswered: false });
    expect(ending?.text).toBe("COMMIT");
    expect(sent).toHaveLength(3);
  });

  it("sends the queries its work starts together in one write with the opening", async () => {
    sent.length = 0;
    const admitted = { sessionState, admit: () => {} };
    // A warm connection: the statements are prepared, so each query is one Bind/Execute.
    const together = (db: Parameters<Parameters<Database["runUnitOfWork"]>[1]>[0]) =>
      Promise.all([
        db.customer.count(),
        db.customer.findMany({ select: { id: true } }),
        db.$queryRaw<{ tenant: string }[]>`SELECT current_setting('app.tenant_id') AS tenant`,
      ]);
    await database.runUnitOfWork(actor, together, admitted);
    sent.length = 0;
    writes.length = 0;
    const [count, customers, [setting]] = await database.runUnitOfWork(actor, together, admitted);
    expect(count).toBe(customers.length);
    expect(setting?.tenant).toBe(tenantId);
    expect(sent.map(({ text }) => text.split(" ")[0])).toEqual([
      "BEGIN;",
      "SELECT",
      "SELECT",
      "SELECT",
      "COMMIT",
    ]);
    expect(sent.slice(1, 4).every(({ openingAnswered }) => !openingAnswered)).toBe(true);
    // One write for the opening and the three queries, one for COMMIT.
    expect(writes).toHaveLength(2);
  });

  it("rolls back what its first query wrote when refused, whatever the work made of the refusal", async () => {
    const before = await customerCount();
    sent.length = 0;
    let swallowed: unknown;
    let later: unknown;
    await expect(
      database.runUnitOfWork(
        actor,
        async (db) => {
          swallowed = await db.customer
            .create({ data: { phone: "+254733000031" } })
            .catch((error: unknown) => error);
          later = await db.customer.count().catch((error: unknown) => error);
          return "carried on";
        },
        { sessionState, admit: refuse() },
      ),
    ).rejects.toThrow("Your session has ended");
    expect(swallowed).toBeInstanceOf(Error);
    // Refused without being sent: after the insert, only the ROLLBACK went out.
    expect(later).toBeInstanceOf(Error);
    expect(sent.map(({ text }) => text.split(" ")[0])).toEqual(["BEGIN;", "INSERT", "ROLLBACK"]);
    expect(await customerCount()).toBe(before);
  });

  it("is refused even when its work sent no query, or failed before its first one", async () => {
    const options = { sessionState, admit: refuse() };
    await expect(database.runUnitOfWork(actor, async () => "no query", options)).rejects.toThrow(
      "Your session has ended",
    );
    // Bad input found before any query: an ended session is still what the caller is told.
    const badInput = async () => {
      throw new Error("Phone number is not valid");
    };
    await expect(database.runUnitOfWork(actor, badInput, options)).rejects.toThrow(
      "Your session has ended",
    );
    // Admitted, the work's own error is the answer.
    await expect(
      database.runUnitOfWork(actor, badInput, { sessionState, admit: () => {} }),
    ).rejects.toThrow("Phone number is not valid");
  });

  it("leaves its connection clean for the next unit of work after a refusal", async () => {
    await expect(
      database.runUnitOfWork(actor, (db) => db.customer.count(), {
        sessionState,
        admit: refuse(),
      }),
    ).rejects.toThrow();
    const [settings] = await database.runUnitOfWork(
      actor,
      (db) => db.$queryRaw<{ tenant: string }[]>`SELECT current_setting('app.tenant_id') AS tenant`,
      { sessionState, admit: () => {} },
    );
    expect(settings?.tenant).toBe(tenantId);
  });

  it("is judged before its work starts on a pool without pipelining", async () => {
    const plainPool = new pg.Pool({ connectionString: testDb.appUrl, max: 1 });
    const plain = databaseOn(plainPool);
    try {
      let started = false;
      await expect(
        plain.runUnitOfWork(
          actor,
          async () => {
            started = true;
          },
          { sessionState, admit: refuse() },
        ),
      ).rejects.toThrow("Your session has ended");
      expect(started).toBe(false);
      expect(await plain.runUnitOfWork(actor, (db) => db.customer.count())).toBe(0);
    } finally {
      await plain.disconnect();
      await plainPool.end();
    }
  });
});
