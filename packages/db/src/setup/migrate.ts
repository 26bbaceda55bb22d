import { readdirSync } from "node:fs";
import path from "node:path";
import { runner } from "node-pg-migrate";
import type pg from "pg";
import { APP_ROLE } from "../config";
import { connectOwner, ensureDatabaseExists } from "./connect";
import { MIGRATIONS_DIR } from "./paths";
import { DatabaseSetupError } from "./setup-error";

const MIGRATIONS_TABLE = "pgmigrations";

export interface MigrateOptions {
  /** Set the app role's login password (development, when DATABASE_APP_URL is derived). */
  appPassword?: string | undefined;
  log?: (line: string) => void;
}

/**
 * Applies the SQL files of packages/db/migrations in order, as the owner role, in one
 * transaction. Re-running is a no-op; a database migrated by a newer checkout is refused.
 */
export async function migrateDatabase(
  ownerUrl: string,
  options: MigrateOptions = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  await ensureDatabaseExists(ownerUrl);
  const client = await connectOwner(ownerUrl);
  try {
    await refuseUnknownMigrations(client);
    const applied = await runner({
      dbClient: client,
      dir: MIGRATIONS_DIR,
      migrationsTable: MIGRATIONS_TABLE,
      direction: "up",
      checkOrder: true,
      singleTransaction: true,
      log: () => {},
      logger: { debug: () => {}, info: () => {}, warn: log, error: log },
    }).catch((error: unknown) => {
      throw new DatabaseSetupError(
        `migration failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    if (options.appPassword !== undefined) {
      await client.query(
        `ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(options.appPassword)}`,
      );
    }
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) log(`applied ${names.length} migration(s): ${names.join(", ")}`);
    return names;
  } finally {
    await client.end();
  }
}

export function migrationNamesOnDisk(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => file.endsWith(".sql"))
    .map((file) => path.basename(file, ".sql"))
    .sort();
}

async function refuseUnknownMigrations(client: pg.Client): Promise<void> {
  const exists = await client.query<{ present: boolean }>(
    "SELECT to_regclass($1) IS NOT NULL AS present",
    [`public.${MIGRATIONS_TABLE}`],
  );
  if (!exists.rows[0]?.present) return;
  const known = new Set(migrationNamesOnDisk());
  const recorded = await client.query<{ name: string }>(
    `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY run_on, id`,
  );
  const unknown = recorded.rows.map((row) => row.name).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new DatabaseSetupError(
      `the database has migration(s) this checkout does not know (${unknown.join(", ")}); ` +
        `it was migrated by a newer version of Aizalo: update your checkout`,
    );
  }
}
