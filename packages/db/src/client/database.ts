import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { settingsFor, scopedTenantId, type Actor } from "../actor";
import { PrismaClient } from "../generated/prisma/client";
import { unitOfWorkScope } from "./unit-of-work-scope";
import { requireUnitOfWork, sendActorSettingsWithBegin } from "./actor-settings-adapter";
import { unitOfWorkContext, type SessionStateRow } from "./unit-of-work-context";

function extendWithScope(base: PrismaClient) {
  return base.$extends(unitOfWorkScope);
}
type ScopedClient = ReturnType<typeof extendWithScope>;

/** The client a unit of work hands over: scoped by RLS settings and the query extensions. */
export type ScopedDb = Parameters<Parameters<ScopedClient["$transaction"]>[0]>[0];

export interface DatabaseOptions {
  /** The app role's URL (NOSUPERUSER NOBYPASSRLS), or a pool connected as it. */
  connection: { appUrl: string; poolSize: number; connectTimeoutMs: number } | { pool: pg.Pool };
  transactionTimeoutMs: number;
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
   * statement, in the same round trip as BEGIN; `work` gets its rows as `opened.sessionState`.
   * For the re-check of a session (packages/api's recheck-session.ts).
   */
  sessionState?: { impersonationSessionId: string | null };
}

/** What the unit of work read while opening, as asked for in UnitOfWorkOptions. */
export interface UnitOfWorkOpening {
  /** app.session_state()'s rows, when asked for; undefined when they could not be read with BEGIN. */
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
 * is one transaction whose first statement sets the actor's `app.*` settings transaction-locally,
 * so they never outlive it on a pooled connection; anything thrown rolls it all back.
 */
export function createDatabase(options: DatabaseOptions): Database {
  const pool =
    "pool" in options.connection ? options.connection.pool : createPool(options.connection);
  pool.on("connect", sendActorSettingsWithBegin);
  const driver = new PrismaPg(pool, {
    ...(options.preparedStatements && { statementNameGenerator: statementName }),
  });
  const base = new PrismaClient({ adapter: requireUnitOfWork(driver) });
  const scoped = extendWithScope(base);

  return {
    async runUnitOfWork(actor, work, unitOptions = {}) {
      const sessionState = unitOptions.sessionState && {
        impersonationSessionId: unitOptions.sessionState.impersonationSessionId,
        rows: undefined as SessionStateRow[] | undefined,
      };
      const context = {
        actor,
        settings: settingsFor(actor),
        tenantId: scopedTenantId(actor),
        ...(sessionState && { sessionState }),
      };
      // BEGIN carries the actor's settings, and the session state if asked for
      // (actor-settings-adapter.ts); both are read before `work` starts.
      return unitOfWorkContext.run(context, () =>
        scoped.$transaction((tx) => work(tx, { sessionState: sessionState?.rows }), {
          timeout: unitOptions.timeoutMs ?? options.transactionTimeoutMs,
          maxWait: options.transactionMaxWaitMs,
        }),
      );
    },
    async disconnect() {
      await base.$disconnect();
      if (!("pool" in options.connection)) await pool.end();
    },
  };
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
  });
  pool.on("error", () => {}); // an idle connection dropped by the server is replaced on next use
  return pool;
}
