import type { ScopedDb } from "@aizalo/db";

/**
 * Names for ids shown in logs: businesses and people, deleted ones included (a log line about
 * a business closed last year still names it).
 */
export async function tenantNames(db: ScopedDb, ids: Iterable<string>) {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map<string, string>();
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, business_name AS name FROM tenants WHERE id = ANY(${list}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function platformUserNames(db: ScopedDb, ids: Iterable<string>) {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map<string, string>();
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, full_name AS name FROM platform_users WHERE id = ANY(${list}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function tenantUserNames(db: ScopedDb, ids: Iterable<string>) {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map<string, string>();
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, full_name AS name FROM tenant_users WHERE id = ANY(${list}::uuid[])`;
  return new Map(rows.map((row) => [row.id, row.name]));
}
