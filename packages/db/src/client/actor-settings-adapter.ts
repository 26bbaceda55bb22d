import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { escapeLiteral, type PoolClient } from "pg";
import type { ActorSettings } from "../actor";
import { unitOfWorkContext } from "./unit-of-work-context";

/**
 * Every transaction Prisma opens must start with the unit of work's `app.*` settings. They
 * travel in the same round trip as BEGIN: the pool's clients send `BEGIN; SELECT set_config(...)`
 * (two statements in one simple-protocol message) instead of a bare BEGIN while a unit of work
 * is running. That saves a round trip per unit of work (measured by `pnpm bench:isolation`).
 */
export function sendActorSettingsWithBegin(client: PoolClient): void {
  const query = client.query.bind(client) as (config: unknown, ...rest: unknown[]) => unknown;
  Object.defineProperty(client, "query", {
    configurable: true,
    value: (config: unknown, ...rest: unknown[]) => query(withActorSettings(config), ...rest),
  });
}

function withActorSettings(config: unknown): unknown {
  if (typeof config !== "object" || config === null || !("text" in config)) return config;
  if (config.text !== "BEGIN") return config;
  if ("values" in config && Array.isArray(config.values) && config.values.length > 0) return config;
  const settings = unitOfWorkContext.getStore()?.settings;
  if (!settings) return config;
  // No statement name: a prepared statement cannot hold two commands.
  return { ...config, name: undefined, text: `BEGIN; ${settingsStatement(settings)}` };
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
