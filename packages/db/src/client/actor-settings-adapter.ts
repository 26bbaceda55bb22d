import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { escapeLiteral, type PoolClient } from "pg";
import type { ActorSettings } from "../actor";
import { unitOfWorkContext, type SessionStateRow } from "./unit-of-work-context";

/**
 * Every transaction Prisma opens must start with the unit of work's `app.*` settings. They
 * travel in the same round trip as BEGIN: the pool's clients send `BEGIN; SELECT set_config(...)`
 * (two statements in one simple-protocol message) instead of a bare BEGIN while a unit of work
 * is running. That saves a round trip per unit of work (measured by `pnpm bench:isolation`).
 * A unit of work that re-checks a session adds `SELECT * FROM app.session_state(...)` to the
 * same message, after the settings, so the check is still the transaction's first read and
 * costs no round trip of its own (pnpm bench:http); its rows are kept in the unit of work's
 * context for the check to judge.
 */
export function sendActorSettingsWithBegin(client: PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
  Object.defineProperty(client, "query", {
    configurable: true,
    value: (config: unknown, ...rest: unknown[]) => {
      const opening = openingOf(config);
      if (!opening) return query(config, ...rest);
      const sent = query(opening.config, ...rest);
      if (!opening.sessionState || !(sent instanceof Promise)) return sent;
      const { sessionState } = opening;
      return sent.then((results: unknown) => {
        // One result per statement: BEGIN, the settings, the session state.
        const last = Array.isArray(results) ? (results.at(-1) as { rows?: unknown }) : undefined;
        sessionState.rows = Array.isArray(last?.rows) ? (last.rows as SessionStateRow[]) : [];
        return results;
      });
    },
  });
}

function openingOf(config: unknown) {
  if (typeof config !== "object" || config === null || !("text" in config)) return null;
  if (config.text !== "BEGIN") return null;
  if ("values" in config && Array.isArray(config.values) && config.values.length > 0) return null;
  const context = unitOfWorkContext.getStore();
  if (!context) return null;
  const statements = ["BEGIN", settingsStatement(context.settings)];
  const { sessionState } = context;
  if (sessionState) statements.push(sessionStateStatement(sessionState.impersonationSessionId));
  // No statement name (a prepared statement cannot hold several commands); pg's own row
  // objects and type parsers, so the session state reads as it would through $queryRaw.
  const { rowMode: _rowMode, types: _types, ...rest } = config as Record<string, unknown>;
  return {
    config: { ...rest, name: undefined, text: statements.join("; ") },
    sessionState,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The re-check's read, inlined: the message has no bind parameters. */
function sessionStateStatement(impersonationSessionId: string | null): string {
  if (impersonationSessionId !== null && !UUID.test(impersonationSessionId)) {
    throw new Error("An impersonation session id must be a uuid");
  }
  const id = impersonationSessionId === null ? "NULL" : escapeLiteral(impersonationSessionId);
  return `SELECT * FROM app.session_state(${id}::uuid)`;
}

/**
 * One statement for all six settings. Values are inlined as escaped literals (the message has
 * no bind parameters, like BEGIN); settingsFor() validated them as uuids, role names and a
 * purpose slug before this point.
 */
export function settingsStatement(settings: ActorSettings): string {
  const pairs: [string, string][] = [
    ["app.tenant_id", settings.tenantId],
    ["app.user_id", settings.userId],
    ["app.user_type", settings.userType],
    ["app.role", settings.role],
    ["app.impersonator_id", settings.impersonatorId],
    ["app.purpose", settings.purpose],
  ];
  const calls = pairs.map(
    ([name, value]) => `set_config('${name}', ${escapeLiteral(value)}, true)`,
  );
  return `SELECT ${calls.join(", ")}`;
}

/**
 * Refuses to open a transaction outside a unit of work, so no transaction can run without an
 * actor's settings (the app role would see no rows, but fail loudly rather than look empty).
 */
export function requireUnitOfWork(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        queryRaw: (query: SqlQuery) => adapter.queryRaw(query),
        executeRaw: (query: SqlQuery) => adapter.executeRaw(query),
        executeScript: (script: string) => adapter.executeScript(script),
        getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
        dispose: () => adapter.dispose(),
        startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
          if (!unitOfWorkContext.getStore()) {
            return Promise.reject(new Error("A transaction was opened outside a unit of work"));
          }
          return adapter.startTransaction(isolationLevel);
        },
      } satisfies SqlDriverAdapter;
    },
  };
}
