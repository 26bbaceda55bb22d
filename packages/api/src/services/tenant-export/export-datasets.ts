import { Prisma, type ScopedDb } from "@aizalo/db";

/**
 * The tables an export holds, each as `<file>.csv` and `<file>.json`. Rows are read as the
 * table's columns (json keeps their order) except where a column must never leave: the team
 * file lists its columns one by one, so password hashes and session versions stay behind, and
 * invitations and reset links (token hashes) are not exported at all.
 */
export interface ExportDataset {
  readonly file: string;
  readonly table: string;
  /** The column holding the business's id (tenants: id itself). */
  readonly tenantColumn: string;
  /** The row as json; `t` is the table. */
  readonly row: string;
  /** How ids compare, for reading in pages in id order. */
  readonly idType: "uuid" | "bigint";
}

const whole = (file: string, table: string): ExportDataset => ({
  file,
  table,
  tenantColumn: "tenant_id",
  row: "row_to_json(t)",
  idType: "uuid",
});

export const EXPORT_DATASETS: readonly ExportDataset[] = [
  { ...whole("business", "tenants"), tenantColumn: "id" },
  whole("settings", "tenant_settings"),
  {
    ...whole("team", "tenant_users"),
    row: `json_build_object('id', t.id, 'email', t.email, 'full_name', t.full_name,
      'phone', t.phone, 'role', t.role, 'permissions', t.permissions, 'is_active', t.is_active,
      'last_login_at', t.last_login_at, 'created_at', t.created_at, 'deleted_at', t.deleted_at)`,
  },
  whole("customers", "customers"),
  whole("consents", "customer_consents"),
  whole("leads", "leads"),
  whole("conversations", "conversations"),
  whole("messages", "messages"),
  whole("campaigns", "campaigns"),
  whole("booking_requests", "booking_requests"),
  whole("reviews", "reviews"),
  { ...whole("audit_log", "audit_logs"), idType: "bigint" },
];

// The statements below take table and column names only from the constants above, never from
// input. A job's unit of work sees every tenant's rows (RLS lets system services through), so
// each statement names the tenant itself.

export async function countRows(
  db: ScopedDb,
  dataset: ExportDataset,
  tenantId: string,
): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM ${Prisma.raw(dataset.table)} t
    WHERE t.${Prisma.raw(dataset.tenantColumn)} = ${tenantId}::uuid`);
  return rows[0]?.n ?? 0;
}

/** One page of rows in id order, after `cursor` (the last id of the previous page). */
export async function readPage(
  db: ScopedDb,
  dataset: ExportDataset,
  tenantId: string,
  cursor: string | null,
  size: number,
): Promise<{ rows: Record<string, unknown>[]; cursor: string | null }> {
  const after =
    cursor === null
      ? Prisma.empty
      : Prisma.sql`AND t.id > ${cursor}::${Prisma.raw(dataset.idType)}`;
  const page = await db.$queryRaw<{ row: Record<string, unknown>; id: string }[]>(Prisma.sql`
    SELECT ${Prisma.raw(dataset.row)} AS row, t.id::text AS id
    FROM ${Prisma.raw(dataset.table)} t
    WHERE t.${Prisma.raw(dataset.tenantColumn)} = ${tenantId}::uuid ${after}
    ORDER BY t.id LIMIT ${size}`);
  return { rows: page.map((entry) => entry.row), cursor: page.at(-1)?.id ?? cursor };
}
