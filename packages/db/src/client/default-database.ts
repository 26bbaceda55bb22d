import { appUrlFor, readDatabaseEnv } from "../config";
import { createDatabase, type Database } from "./database";

const globalForDatabase = globalThis as typeof globalThis & { aizaloDatabase?: Database };

/**
 * The process's database, from the environment (DATABASE_APP_URL, or DATABASE_URL with the app
 * role's name). Cached on globalThis so Next's hot reload does not open a pool per edit.
 */
export function getDatabase(): Database {
  if (globalForDatabase.aizaloDatabase) return globalForDatabase.aizaloDatabase;
  const env = readDatabaseEnv();
  const appUrl =
    env.DATABASE_APP_URL ??
    (env.DATABASE_URL && appUrlFor(env.DATABASE_URL, env.DATABASE_APP_PASSWORD));
  if (!appUrl) {
    throw new Error(
      "No database configured: set DATABASE_APP_URL or DATABASE_URL (pnpm dev sets both)",
    );
  }
  const database = createDatabase({
    connection: { appUrl, poolSize: env.DB_POOL_SIZE, connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS },
    transactionTimeoutMs: env.DB_TRANSACTION_TIMEOUT_MS,
    transactionMaxWaitMs: env.DB_TRANSACTION_MAX_WAIT_MS,
    preparedStatements: env.DB_PREPARED_STATEMENTS,
  });
  globalForDatabase.aizaloDatabase = database;
  return database;
}
