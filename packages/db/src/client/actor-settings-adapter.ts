import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { escapeLiteral } from "pg";
import type { ActorSettings } from "../actor";
import { unitOfWorkContext } from "./unit-of-work-context";

/**
 * Wraps the pg driver adapter so that every transaction Prisma opens begins with the unit of
 * work's `app.*` settings, set transaction-locally right after BEGIN on the same connection.
 * Doing it here rather than as a first `$executeRaw` skips a trip through the query engine
 * (measured by `pnpm bench:isolation`), and a transaction without an actor cannot start at all.
 */
export function withActorSettings(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      return wrapAdapter(await factory.connect());
    },
  };
}

function wrapAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => adapter.queryRaw(query),
    executeRaw: (query: SqlQuery) => adapter.executeRaw(query),
    executeScript: (script: string) => adapter.executeScript(script),
    getConnectionInfo: adapter.getConnectionInfo && (() => adapter.getConnectionInfo!()),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const settings = unitOfWorkContext.getStore()?.settings;
      if (!settings) throw new Error("A transaction was opened outside a unit of work");
      const transaction = await adapter.startTransaction(isolationLevel);
      try {
        await transaction.executeRaw({ sql: settingsStatement(settings), args: [], argTypes: [] });
      } catch (error) {
        await transaction.rollback().catch(() => {});
        throw error;
      }
      return transaction;
    },
  };
}

/**
 * One statement for all six settings. Values are inlined as escaped literals (no bind
 * parameters, so the driver sends it like BEGIN); they were validated as uuids, role names and
 * a purpose slug by settingsFor() before this point.
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
  return `SELECT ${pairs.map(([name, value]) => `set_config('${name}', ${escapeLiteral(value)}, true)`).join(", ")}`;
}
