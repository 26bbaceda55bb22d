import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { settingsFor, scopedTenantId, type Actor } from "../actor";
import { PrismaClient } from "../generated/prisma/client";
import { nestedWritesAsSavepoints } from "./nested-writes-adapter";
import { ParkedConnections } from "./parked-connections";
import {
  type DeferredOpening,
  UnitOfWorkConnection,
  UnitOfWorkEndedError,
  unitOfWorkQueryRouter,
} from "./unit-of-work-connection";
import { unitOfWorkContext, type SessionStateRow } from "./unit-of-work-context";
import { openingStatement } from "./unit-of-work-opening";
import { unitOfWorkScope } from "./unit-of-work-scope";

function extendWithScope(base: PrismaClient) {
  return base.$extends(unitOfWorkScope);
}
type ScopedClient = ReturnType<typeof extendWithScope>;

/**
 * The client a unit of work hands over: scoped by RLS settings and the query extensions. Typed
 * as Prisma's transaction client: models and raw queries, but no $transaction or $connect (the
 * unit of work is the transaction).
 */
export type ScopedDb = Parameters<Parameters<ScopedClient["$transaction"]>[0]>[0];

export interface DatabaseOptions {
  /** The app role's URL (NOSUPERUSER NOBYPASSRLS), or a pool connected as it. */
  connection: { appUrl: string; poolSize: number; connectTimeoutMs: number } | { pool: pg.Pool };
  /** How long a unit of work may hold its transaction before it is rolled back. */
  transactionTimeoutMs: number;
  /** How long a unit of work may wait for a free connection. */
  transactionMaxWaitMs: number;
  /**
   * Named prepared statements, cached per connection: PostgreSQL plans a query shape once per
   * connection instead of on every call (RLS makes planning dearer). Turn off behind a pooler
   * that cannot carry prepared statements (PgBouncer before 1.21).
   */
  preparedStatements: boolean;
}

export interface UnitOfWorkOptions {
  /** For long units of work (a 10,000-row import) that state their own limit. */
  timeoutMs?: number;
  /**
   * Read app.session_state() (the acting account as it is now) as the transaction's first
   * statement, in the same round trip as BEGIN; `work` gets its rows as `opened.sessionState`
   * (on a pipelined pool with `admit`, only `admit` does).
   * For the re-check of a session (packages/api's recheck-session.ts).
   */
  sessionState?: { impersonationSessionId: string | null };
  /**
   * Judges what the opening read (the session re-check) and throws to refuse the unit of work,
   * which then rolls back with that error (the refusal is what the unit of work throws). On a
   * pipelined pool, `work` starts without waiting for the opening: the opening leaves with its
   * first query, in one write and one round trip, and no answer reaches `work` until `admit`
   * has passed. So `work` must not act outside the database before its first query answers
   * (ours never do: messages and payments leave through the outbox and the worker, after the
   * commit). On another pool, the opening is judged before `work` starts.
   */
  admit?: (opened: UnitOfWorkOpening) => void;
  /**
   * Reads only: the transaction begins READ ONLY (PostgreSQL refuses any write), and once the
   * work has succeeded its connection is parked rather than committed: the next unit of work to
   * take it ends the transaction in its own opening's message (parked-connections.ts). tRPC
   * queries run so.
   */
  readOnly?: boolean;
}

/** What the unit of work read while opening, as asked for in UnitOfWorkOptions. */
export interface UnitOfWorkOpening {
  /** app.session_state()'s rows, when asked for (and given to `admit`, when there is one). */
  sessionState?: readonly SessionStateRow[];
}

export interface Database {
  runUnitOfWork<T>(
    actor: Actor,
    work: (db: ScopedDb, opened: UnitOfWorkOpening) => Promise<T>,
    options?: UnitOfWorkOptions,
  ): Promise<T>;
  disconnect(): Promise<void>;
}

/**
 * One pool and one Prisma client per process. A unit of work (a procedure call, a job, a webhook)
 * is one transaction on one pooled connection, opened here with the actor's `app.*` settings
 * set transaction-locally (they never outlive it); every query of `work` runs on that
 * connection (unitOfWorkQueryRouter), and anything thrown rolls it all back. Prisma builds the
 * queries but opens no transaction of its own: an interactive transaction cost about a fifth
 * of an API call's CPU in its bookkeeping (pnpm bench:http).
 */
export function createDatabase(options: DatabaseOptions): Database {
  const pool =
    "pool" in options.connection ? options.connection.pool : createPool(options.connection);
  // A connection the server drops while a unit of work holds it (a restart, an admin's kill)
  // fails that unit's next query, and the unit rolls back and destroys it; without a listener
  // its 'error' event would crash the process. Idle connections are the pool's ('error' below).
  pool.on("connect", (client) => client.on("error", () => {}));
  const driver = new PrismaPg(unitOfWorkQueryRouter(), {
    ...(options.preparedStatements && { statementNameGenerator: statementName }),
  });
  const base = new PrismaClient({ adapter: nestedWritesAsSavepoints(driver) });
  // The transaction client's surface (no $transaction): what every unit of work is handed.
  const scoped: ScopedDb = extendWithScope(base);
  const parked = new ParkedConnections(PARKED_IDLE_MS);

  return {
    async runUnitOfWork(actor, work, unitOptions = {}) {
      const { admit, sessionState, readOnly = false } = unitOptions;
      const settings = settingsFor(actor); // refuses a malformed actor before any connection
      const opening = openingStatement(settings, sessionState, readOnly);
      const parkedClient = parked.take();
      const client = parkedClient ?? (await connectWithin(pool, options.transactionMaxWaitMs));
      // A parked connection's transaction ends in the same message, before this one begins.
      const statement = parkedClient ? `ROLLBACK; ${opening}` : opening;
      const read = (results: unknown) => openingRead(results, sessionState !== undefined);
      let opened: UnitOfWorkOpening = {};
      let deferred: DeferredOpening | undefined;
      if (admit && client.pipeline) {
        // Sent with the first query (or before COMMIT); judged when its answer comes.
        deferred = { statement, admit: (results) => admit(read(results)) };
      } else {
        try {
          opened = read(await client.query(statement));
        } catch (error) {
          client.release(error instanceof Error ? error : true);
          throw error;
        }
      }
      const connection = new UnitOfWorkConnection(client, deferred);
      const timeoutMs = unitOptions.timeoutMs ?? options.transactionTimeoutMs;
      const timer = setTimeout(() => {
        const late = `The unit of work ran longer than its ${timeoutMs} ms and was rolled back`;
        connection.end("ROLLBACK", late).catch(() => {});
      }, timeoutMs);
      const context = { actor, settings, tenantId: scopedTenantId(actor), connection };
      try {
        if (admit && !deferred) admit(opened); // judged before the work (not pipelined)
        // Awaited inside run(): Prisma's queries are lazy thenables that start when awaited, so a
        // `work` that returns one unawaited must still start it within the unit's context.
        const result = await unitOfWorkContext.run(context, async () => await work(scoped, opened));
        await connection.admission(); // a unit of work that sent no query is judged too
        if (connection.ended) throw new UnitOfWorkEndedError(connection.ended.reason); // too long
        if (readOnly && pool.waitingCount === 0) {
          // Nothing to commit: the next unit of work on this connection ends the transaction.
          // (With units waiting for a connection, it goes back to the pool for them at once.)
          connection.leaveOpen("The unit of work has ended");
          parked.park(client);
        } else {
          await connection.end("COMMIT", "The unit of work has committed");
        }
        return result;
      } catch (error) {
        // A refusal outranks whatever `work` made of it (Prisma wraps a refused query's error),
        // and whatever `work` threw before its first query (bad input, say): a session that has
        // ended is told so first, as if it had been judged before the work began.
        const refusal = await connection.admission().then(
          () => undefined,
          (refused: unknown) => refused,
        );
        await connection.end("ROLLBACK", "The unit of work has rolled back").catch(() => {});
        throw refusal ?? error;
      } finally {
        clearTimeout(timer);
      }
    },
    async disconnect() {
      await parked.drain();
      await base.$disconnect();
      if (!("pool" in options.connection)) await pool.end();
    },
  };
}

/**
 * How long a read-only unit of work's connection waits, transaction open, for the next unit of
 * work to end it: under load the next one comes within a millisecond or two; when none does,
 * it is rolled back and returned to the pool.
 */
const PARKED_IDLE_MS = 50;

/** What the opening read: several statements in one message, one result each. */
function openingRead(results: unknown, sessionStateAsked: boolean): UnitOfWorkOpening {
  if (!sessionStateAsked) return {};
  const last: unknown = Array.isArray(results) ? results.at(-1) : undefined;
  return { sessionState: (last as pg.QueryResult<SessionStateRow> | undefined)?.rows ?? [] };
}

/** A pooled connection, or a clear error once `maxWaitMs` has passed without a free one. */
function connectWithin(pool: pg.Pool, maxWaitMs: number): Promise<pg.PoolClient> {
  // An idle connection is handed over without waiting: no timer needed.
  if (pool.idleCount > 0 && pool.waitingCount === 0) return pool.connect();
  return waitForConnection(pool, maxWaitMs);
}

async function waitForConnection(pool: pg.Pool, maxWaitMs: number): Promise<pg.PoolClient> {
  const connecting = pool.connect();
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new UnitOfWorkEndedError(`No database connection was free within ${maxWaitMs} ms`)),
      maxWaitMs,
    );
  });
  try {
    return await Promise.race([connecting, waited]);
  } catch (error) {
    // Should the connection still come, it goes straight back.
    connecting.then(
      (client) => client.release(),
      () => {},
    );
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A query shape's statement name: the same SQL text gets the same cached statement. Names are
 * remembered (hashing the text was a visible part of each query's CPU); the number of shapes
 * is bounded by the code, and the memory is emptied should it ever grow past that.
 */
function statementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_REMEMBERED_STATEMENT_NAMES) statementNames.clear();
    name = `aizalo_${createHash("sha1").update(query.sql).digest("base64url")}`;
    statementNames.set(query.sql, name);
  }
  return name;
}
const statementNames = new Map<string, string>();
const MAX_REMEMBERED_STATEMENT_NAMES = 5_000;

function createPool(connection: {
  appUrl: string;
  poolSize: number;
  connectTimeoutMs: number;
}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: connection.appUrl,
    max: connection.poolSize,
    connectionTimeoutMillis: connection.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // Queries go out without waiting for the one before to answer: a call's first query leaves
    // behind its opening (UnitOfWorkOptions.admit), and queries a unit of work starts together
    // share one write and one round trip (UnitOfWorkConnection).
    pipeline: true,
  });
  pool.on("error", () => {}); // an idle connection dropped by the server is replaced on next use
  return pool;
}
