import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import internals from "@prisma/internals";
import type pg from "pg";
import { canonicalDatabaseType, type Datamodel, type DatabaseShape } from "./schema-drift";

/** Plain path string (not `new URL(...)`), like setup/paths.ts. */
export const PRISMA_SCHEMA_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "prisma",
  "schema.prisma",
);

/** Parses a Prisma schema offline (Prisma's WASM build, no engine download). */
export async function loadDatamodel(
  schema = readFileSync(PRISMA_SCHEMA_PATH, "utf8"),
): Promise<Datamodel> {
  // @prisma/internals is CommonJS: its functions hang off the default export under ESM.
  const dmmf = await internals.getDMMF({ datamodel: schema });
  return dmmf.datamodel;
}

/** Tables, columns and enums of the `public` schema, where the migrations create them. */
export async function readDatabaseShape(client: pg.ClientBase): Promise<DatabaseShape> {
  const tables = await client.query<{ table: string }>(
    `SELECT c.relname AS table
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
  );
  const columns = await client.query<{
    table: string;
    column: string;
    type: string;
    not_null: boolean;
  }>(
    `SELECT c.relname AS table, a.attname AS column,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  const enums = await client.query<{ name: string; values: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = 'public'
      GROUP BY t.typname`,
  );
  return {
    tables: tables.rows.map((row) => row.table),
    columns: columns.rows.map((row) => ({
      table: row.table,
      column: row.column,
      type: canonicalDatabaseType(row.type),
      nullable: !row.not_null,
    })),
    enums: enums.rows,
  };
}
