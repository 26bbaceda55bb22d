import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { unitOfWorkContext } from "./unit-of-work-context";

/**
 * The unit of work owns the transaction; Prisma only builds and sends queries inside it. When a
 * query of Prisma's needs several statements to be atomic (a nested write), Prisma asks the
 * adapter for a transaction: it gets a savepoint on the unit of work's own connection, released
 * when that write succeeds and rolled back to when it fails. Outside a unit of work, refused.
 */
export function nestedWritesAsSavepoints(
  factory: SqlDriverAdapterFactory,
): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const run = (sql: string) => adapter.executeRaw({ sql, args: [], argTypes: [] });
      const savepointTransaction = async (): Promise<Transaction> => {
        const connection = unitOfWorkContext.getStore()?.connection;
        if (!connection) throw new Error("A transaction was opened outside a unit of work");
        const name = connection.nextSavepoint();
        await run(`SAVEPOINT ${name}`);
        return {
          provider: adapter.provider,
          adapterName: adapter.adapterName,
          // Prisma sends no BEGIN/COMMIT of its own: commit and rollback are the savepoint's.
          options: { usePhantomQuery: true },
          queryRaw: (query: SqlQuery) => adapter.queryRaw(query),
          executeRaw: (query: SqlQuery) => adapter.executeRaw(query),
          commit: async () => void (await run(`RELEASE SAVEPOINT ${name}`)),
          rollback: async () => void (await run(`ROLLBACK TO SAVEPOINT ${name}`)),
          createSavepoint: async (inner: string) => void (await run(`SAVEPOINT ${inner}`)),
          rollbackToSavepoint: async (inner: string) =>
            void (await run(`ROLLBACK TO SAVEPOINT ${inner}`)),
          releaseSavepoint: async (inner: string) => void (await run(`RELEASE SAVEPOINT ${inner}`)),
        };
      };
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        queryRaw: (query: SqlQuery) => adapter.queryRaw(query),
        executeRaw: (query: SqlQuery) => adapter.executeRaw(query),
        executeScript: (script: string) => adapter.executeScript(script),
        getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
        dispose: () => adapter.dispose(),
        startTransaction: savepointTransaction,
      } satisfies SqlDriverAdapter;
    },
  };
}
