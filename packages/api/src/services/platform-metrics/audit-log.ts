import { Prisma, type ScopedDb } from "@aizalo/db";
import type { Page } from "./system-logs";
import { platformUserNames, tenantNames, tenantUserNames } from "./names";

export interface AuditLogQuery {
  /** Matches the acting person or, for "login as tenant", the impersonating owner. */
  actorId?: string;
  tenantId?: string;
  action?: string;
  entity?: string;
  /** Inclusive Nairobi calendar days, "2026-11-01". */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export interface AuditLogRow {
  id: string;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: string | null;
  changedFields: string[];
  actor: { id: string | null; type: string; role: string | null; name: string | null };
  /** Set when the platform owner acted through "login as tenant". */
  impersonator: { id: string; name: string | null } | null;
  tenant: { id: string; name: string | null } | null;
  purpose: string | null;
  requestId: string | null;
  ip: string | null;
}

interface RawRow {
  id: bigint;
  created_at: Date;
  action: string;
  entity: string;
  entity_id: string | null;
  changed_fields: string[];
  actor_user_id: string | null;
  actor_user_type: string;
  actor_role: string | null;
  impersonator_id: string | null;
  tenant_id: string | null;
  purpose: string | null;
  request_id: string | null;
  ip: string | null;
  total: number;
}

/** audit_logs, newest first, filtered and one page at a time, with names for the ids. */
export async function listAuditLog(db: ScopedDb, query: AuditLogQuery): Promise<Page<AuditLogRow>> {
  const conditions: Prisma.Sql[] = [];
  if (query.actorId) {
    conditions.push(
      Prisma.sql`(actor_user_id = ${query.actorId}::uuid OR impersonator_id = ${query.actorId}::uuid)`,
    );
  }
  if (query.tenantId) conditions.push(Prisma.sql`tenant_id = ${query.tenantId}::uuid`);
  if (query.action) conditions.push(Prisma.sql`action = ${query.action}`);
  if (query.entity) conditions.push(Prisma.sql`entity = ${query.entity}`);
  if (query.from) {
    conditions.push(
      Prisma.sql`created_at >= ${query.from}::date::timestamp AT TIME ZONE 'Africa/Nairobi'`,
    );
  }
  if (query.to) {
    conditions.push(
      Prisma.sql`created_at < (${query.to}::date + 1)::timestamp AT TIME ZONE 'Africa/Nairobi'`,
    );
  }
  const where =
    conditions.length === 0 ? Prisma.empty : Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
  const rows = await db.$queryRaw<RawRow[]>`
    SELECT id, created_at, action, entity, entity_id::text, changed_fields,
      actor_user_id::text, actor_user_type::text, actor_role, impersonator_id::text,
      tenant_id::text, purpose, request_id, host(ip) AS ip, count(*) OVER ()::int AS total
    FROM audit_logs ${where}
    ORDER BY created_at DESC, id DESC
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  const total =
    rows[0]?.total ??
    (query.page > 1
      ? ((
          await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_logs ${where}`
        )[0]?.n ?? 0)
      : 0);

  // "Login as tenant" rows carry the owner's platform id as the actor (tenant user type).
  const platformIds = rows.flatMap((row) =>
    row.actor_user_type === "platform" || row.impersonator_id
      ? [row.actor_user_id, row.impersonator_id].filter((id): id is string => id !== null)
      : [],
  );
  const tenantUserIds = rows.flatMap((row) =>
    row.actor_user_type === "tenant" && !row.impersonator_id && row.actor_user_id
      ? [row.actor_user_id]
      : [],
  );
  const staff = await platformUserNames(db, platformIds);
  const people = await tenantUserNames(db, tenantUserIds);
  const tenants = await tenantNames(
    db,
    rows.flatMap((row) => (row.tenant_id ? [row.tenant_id] : [])),
  );

  return {
    rows: rows.map((row) => {
      const actorName = !row.actor_user_id
        ? null
        : row.actor_user_type === "platform" || row.impersonator_id
          ? (staff.get(row.actor_user_id) ?? null)
          : (people.get(row.actor_user_id) ?? null);
      return {
        id: row.id.toString(),
        createdAt: row.created_at,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        changedFields: row.changed_fields,
        actor: {
          id: row.actor_user_id,
          type: row.actor_user_type,
          role: row.actor_role,
          name: actorName,
        },
        impersonator: row.impersonator_id
          ? { id: row.impersonator_id, name: staff.get(row.impersonator_id) ?? null }
          : null,
        tenant: row.tenant_id
          ? { id: row.tenant_id, name: tenants.get(row.tenant_id) ?? null }
          : null,
        purpose: row.purpose,
        requestId: row.request_id,
        ip: row.ip,
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export interface AuditFilterOptions {
  actions: string[];
  entities: string[];
  actors: { id: string; name: string; kind: "platform" | "tenant" }[];
  tenants: { id: string; name: string }[];
}

/** What the filters offer: values that occur in the log (actors and businesses by name). */
export async function auditFilterOptions(db: ScopedDb): Promise<AuditFilterOptions> {
  const actions = await db.$queryRaw<{ value: string }[]>`
    SELECT DISTINCT action AS value FROM audit_logs ORDER BY 1`;
  const entities = await db.$queryRaw<{ value: string }[]>`
    SELECT DISTINCT entity AS value FROM audit_logs ORDER BY 1`;
  const staff = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, full_name AS name FROM platform_users ORDER BY full_name`;
  const members = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id::text, u.full_name || ' (' || t.business_name || ')' AS name
    FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id
    WHERE u.id IN (
      SELECT DISTINCT actor_user_id FROM audit_logs
      WHERE actor_user_type = 'tenant' AND impersonator_id IS NULL
    )
    ORDER BY 2`;
  const tenants = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT id::text, business_name AS name FROM tenants
    WHERE id IN (SELECT DISTINCT tenant_id FROM audit_logs WHERE tenant_id IS NOT NULL)
    ORDER BY business_name`;
  return {
    actions: actions.map((row) => row.value),
    entities: entities.map((row) => row.value),
    actors: [
      ...staff.map((row) => ({ ...row, kind: "platform" as const })),
      ...members.map((row) => ({ ...row, kind: "tenant" as const })),
    ],
    tenants,
  };
}
