import pg from "pg";
import { databaseNameOf, redactUrl, withDatabaseName } from "../config";
import { DatabaseSetupError } from "./setup-error";

const CONNECT_TIMEOUT_MS = 5_000;

/** Opens a single owner connection, turning "cannot connect" into one clear line. */
export async function connectOwner(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on("error", () => {}); // a dropped idle connection must not crash a CLI
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw new DatabaseSetupError(`cannot reach PostgreSQL at ${redactUrl(url)}: ${describe(error)}`);
  }
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  try {
    const client = await connectOwner(url);
    await client.end();
  } catch (error) {
    if (!(error instanceof DatabaseSetupError) || !error.message.includes("does not exist")) throw error;
    const admin = await connectOwner(withDatabaseName(url, "postgres"));
    try {
      await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseNameOf(url))}`);
    } finally {
      await admin.end();
    }
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
