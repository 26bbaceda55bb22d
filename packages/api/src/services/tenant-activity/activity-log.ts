import type { Prisma, ScopedDb } from "@aizalo/db";
import { z } from "zod";

export const ACTIVITY_PAGE_SIZE = 25;

export const activityFilterInput = z
  .object({
    from: z.coerce.date({ error: "Enter a valid start date." }).optional(),
    to: z.coerce.date({ error: "Enter a valid end date." }).optional(),
    /** A team member, or the platform person behind a "login as tenant". */
    actorId: z.uuid("Pick someone from the list.").optional(),
    entity: z
      .string()
      .regex(/^[a-z_]{1,50}$/, "Pick a kind of record from the list.")
      .optional(),
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "The end date must be on or after the start date.",
    path: ["to"],
  });
export type ActivityFilter = z.infer<typeof activityFilterInput>;

interface Person {
  readonly name: string;
  /** Aizalo's own staff (an owner "logged in as" the business, or platform support). */
  readonly platform: boolean;
}

/**
 * The business's audit log, newest first, for its owner and admins: who did what and when.
 * RLS already limits audit_logs to the session's tenant for them (0006's tenant_admin_select);
 * the where clause says so too. Names come from app.tenant_activity_people (0019), which names
 * only people who appear in this business's log.
 */
export async function listActivity(db: ScopedDb, tenantId: string, filter: ActivityFilter) {
  const where: Prisma.AuditLogWhereInput = {
    tenantId,
    ...((filter.from || filter.to) && {
      createdAt: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lte: filter.to }) },
    }),
    ...(filter.actorId && {
      OR: [{ actorUserId: filter.actorId }, { impersonatorId: filter.actorId }],
    }),
    ...(filter.entity && { entity: filter.entity }),
  };
  const [total, rows, actorIds, entities] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * ACTIVITY_PAGE_SIZE,
      take: ACTIVITY_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entity: true,
        entityId: true,
        changedFields: true,
        actorUserId: true,
        actorUserType: true,
        actorRole: true,
        impersonatorId: true,
        purpose: true,
      },
    }),
    db.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT a.actor_user_id AS id FROM audit_logs a
      WHERE a.tenant_id = ${tenantId}::uuid AND a.actor_user_id IS NOT NULL LIMIT 200`,
    db.$queryRaw<{ entity: string }[]>`
      SELECT DISTINCT a.entity FROM audit_logs a WHERE a.tenant_id = ${tenantId}::uuid
      ORDER BY a.entity LIMIT 100`,
  ]);
  const people = await namesOf(db, [
    ...actorIds.map((row) => row.id),
    ...rows.flatMap((row) => [row.actorUserId, row.impersonatorId]),
  ]);
  const personOf = (id: string | null): Person | null => (id ? (people.get(id) ?? null) : null);

  return {
    entries: rows.map((row) => ({
      id: row.id.toString(),
      at: row.createdAt,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      changedFields: row.changedFields,
      actorRole: row.actorRole,
      actorType: row.actorUserType,
      actor: personOf(row.actorUserId),
      /** Set when Aizalo's owner acted through "login as tenant". */
      impersonator: personOf(row.impersonatorId),
      /** A named service acting (an invitation accepted, a job). */
      service: row.purpose,
    })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE)),
    actors: actorIds
      .flatMap((row) => {
        const person = people.get(row.id);
        return person ? [{ id: row.id, ...person }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    entities: entities.map((row) => row.entity),
  };
}

async function namesOf(db: ScopedDb, ids: readonly (string | null)[]) {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map<string, Person>();
  const rows = await db.$queryRaw<{ id: string; full_name: string; is_platform: boolean }[]>`
    SELECT id, full_name, is_platform FROM app.tenant_activity_people(${unique}::uuid[])`;
  return new Map(rows.map((row) => [row.id, { name: row.full_name, platform: row.is_platform }]));
}
