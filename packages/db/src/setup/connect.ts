import pg from "pg";
import { databaseNameOf, redactUrl, withDatabaseName } from "../config";
import { DatabaseSetupError } from "./setup-error";

const CONNECT_TIMEOUT_MS = 5_000;

/** Opens a single owner connection, turning "cannot connect" into one clear line. */
export async function connectOwner(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  client.on("error", () => {}); // a dropped idle connection must not crash a CLI
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw new DatabaseSetupError(
      `cannot reach PostgreSQL at ${redactUrl(url)}: ${describe(error)}`,
    );
  }
}

/**
 * Creates the database named in `url` when the server does not have it yet. Asks the server's
 * `postgres` database first, so a missing database is not logged as a failed connection.
 */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseNameOf(url);
  let admin: pg.Client;
  try {
    admin = await connectOwner(withDatabaseName(url, "postgres"));
  } catch {
    // No access to the maintenance database: the target's own connection will say what is wrong.
    return;
  }
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as Error & { code?: string }).code;
    if (code === "ECONNREFUSED") return "connection refused (is the server running?)";
    if (code === "ENOTFOUND") return "unknown host";
    return error.message || code || "unknown error";
  }
  return String(error);
}
