import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";

const STAFF_DEFAULTS = [
  "customers.write",
  "conversations.reply",
  "campaigns.write",
  "campaigns.send",
  "analytics.view",
];

export interface TenantTable {
  table: string;
  /** The permission a tenant user needs to write it (DESIGN.md "Actors and roles"). */
  permission: string;
  /** Reading needs the permission too (invitations carry token hashes). */
  readNeedsPermission?: boolean;
  /** Deleting rows outright is for the owner and admins only (erasure: customers). */
  deleteNeedsOwnerOrAdmin?: boolean;
  /** Values that keep a cloned row clear of unique keys. */
  fresh?: () => Record<string, unknown>;
}

const uniquePhone = () => `+2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
const uniqueWord = () => `k${randomBytes(4).toString("hex")}`;

/** Tables that belong to one tenant and that tenant users work with. */
export const TENANT_TABLES: TenantTable[] = [
  {
    table: "customers",
    permission: "customers.write",
    deleteNeedsOwnerOrAdmin: true,
    fresh: () => ({ phone: uniquePhone() }),
  },
  { table: "customer_consents", permission: "customers.write" },
  { table: "leads", permission: "customers.write" },
  { table: "booking_requests", permission: "customers.write" },
  { table: "conversations", permission: "conversations.reply" },
  { table: "messages", permission: "conversations.reply", fresh: () => ({ external_id: null }) },
  { table: "campaigns", permission: "campaigns.write" },
  { table: "content_library", permission: "campaigns.write" },
  { table: "reviews", permission: "website.edit" },
  { table: "website_pages", permission: "website.edit", fresh: () => ({ slug: uniqueWord() }) },
  {
    table: "website_customizations",
    permission: "website.edit",
    fresh: () => ({ key: uniqueWord() }),
  },
  { table: "tenant_websites", permission: "website.edit" },
  { table: "tenant_settings", permission: "settings.write", fresh: () => ({ key: uniqueWord() }) },
  {
    table: "tenant_users",
    permission: "team.manage",
    fresh: () => ({ email: `${uniqueWord()}@example.test`, role: "staff", permissions: [] }),
  },
  {
    table: "invitations",
    permission: "team.manage",
    readNeedsPermission: true,
    fresh: () => ({ token_hash: randomBytes(16).toString("hex"), role: "staff" }),
  },
];

export function staffHasByDefault(permission: string): boolean {
  return STAFF_DEFAULTS.includes(permission);
}

/** Every table of schema public the app works with (all but the runner's bookkeeping). */
export async function allTables(owner: pg.Client): Promise<string[]> {
  const result = await owner.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'pgmigrations'
     ORDER BY 1`,
  );
  return result.rows.map((row) => row.relname);
}

/**
 * One existing row of `table` (read as the owner) as JSON, with a new id, fresh unique values
 * and the given overrides: insert it with `insertCloneSql` to try a realistic insert.
 */
export async function cloneRow(
  owner: pg.Client,
  table: string,
  where: string,
  params: unknown[],
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const result = await owner.query<{ row: Record<string, unknown> }>(
    `SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${where} LIMIT 1`,
    params,
  );
  const row = result.rows[0]?.row;
  if (!row) throw new Error(`no ${table} row matches ${where}`);
  const fresh = TENANT_TABLES.find((entry) => entry.table === table)?.fresh?.() ?? {};
  return {
    ...row,
    ...(typeof row.id === "string" ? { id: randomUUID() } : {}),
    ...fresh,
    ...overrides,
  };
}

export function insertCloneSql(table: string): string {
  return `INSERT INTO ${table} SELECT * FROM jsonb_populate_record(NULL::${table}, $1::jsonb)`;
}
