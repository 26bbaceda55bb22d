import type { Prisma, ScopedDb } from "@aizalo/db";
import { z } from "zod";
import { NotFoundError } from "../../errors";
import { myClientsWhere, type SalesViewer } from "./viewer";

// "My clients": the businesses a rep sells to or support looks after. Account data only (DESIGN
// "Actors and roles"): never a business's customers or conversations.

const clientSelect = {
  id: true,
  businessName: true,
  subdomain: true,
  industry: true,
  city: true,
  subscriptionStatus: true,
  subscriptionPlan: true,
  monthlyFee: true,
  trialEndsAt: true,
  nextBillingDate: true,
  isDemo: true,
  createdAt: true,
} satisfies Prisma.TenantSelect;

/**
 * When something last happened on each account that this person can see: a subscription
 * change, a payment (a rep sees the payments they earned on), or a note. Tenants' own sign-ins
 * and messages are theirs, not the sales team's.
 */
async function lastActivityOf(db: ScopedDb, tenantIds: string[]) {
  const latest = new Map<string, Date>();
  if (tenantIds.length === 0) return latest;
  const keep = (tenantId: string, at: Date | null) => {
    const known = latest.get(tenantId);
    if (at && (!known || at > known)) latest.set(tenantId, at);
  };
  const where = { tenantId: { in: tenantIds } };
  const [changes, payments, notes] = await Promise.all([
    db.subscriptionChange.groupBy({ by: ["tenantId"], where, _max: { effectiveAt: true } }),
    db.platformRevenue.groupBy({ by: ["tenantId"], where, _max: { paidAt: true } }),
    db.salesClientNote.groupBy({ by: ["tenantId"], where, _max: { createdAt: true } }),
  ]);
  for (const row of changes) keep(row.tenantId, row._max.effectiveAt);
  for (const row of payments) keep(row.tenantId, row._max.paidAt);
  for (const row of notes) keep(row.tenantId, row._max.createdAt);
  return latest;
}

export async function listMyClients(db: ScopedDb, viewer: SalesViewer) {
  const tenants = await db.tenant.findMany({
    where: myClientsWhere(viewer),
    select: clientSelect,
    orderBy: [{ businessName: "asc" }, { id: "asc" }],
  });
  const activity = await lastActivityOf(
    db,
    tenants.map((tenant) => tenant.id),
  );
  return tenants.map((tenant) => ({
    ...tenant,
    lastActivityAt: activity.get(tenant.id) ?? tenant.createdAt,
  }));
}

async function findMyClient(db: ScopedDb, viewer: SalesViewer, tenantId: string) {
  const tenant = await db.tenant.findFirst({
    where: { AND: [{ id: tenantId }, myClientsWhere(viewer)] },
    select: clientSelect,
  });
  if (!tenant) throw new NotFoundError("Client");
  return tenant;
}

/**
 * Names of the staff who wrote notes. A rep reads only their own profile row; the database
 * function app.client_note_authors gives the names (and only the names) of those who wrote on
 * the caller's clients.
 */
async function authorNames(db: ScopedDb, viewer: SalesViewer, authorIds: string[]) {
  const ids = [...new Set(authorIds)];
  const people =
    ids.length === 0
      ? []
      : await db.$queryRaw<{ id: string; full_name: string }[]>`
          SELECT id, full_name FROM app.client_note_authors(${ids}::uuid[])`;
  const names = new Map(people.map((person) => [person.id, person.full_name]));
  return (authorId: string) => {
    const name = names.get(authorId) ?? "A former colleague";
    return authorId === viewer.userId ? `${name} (you)` : name;
  };
}

export async function getMyClient(db: ScopedDb, viewer: SalesViewer, tenantId: string) {
  const tenant = await findMyClient(db, viewer, tenantId);
  const [notes, changes, activity] = await Promise.all([
    db.salesClientNote.findMany({
      where: { tenantId },
      select: { id: true, body: true, authorId: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 200,
    }),
    db.subscriptionChange.findMany({
      where: { tenantId },
      select: {
        id: true,
        kind: true,
        fromStatus: true,
        toStatus: true,
        fromPlan: true,
        toPlan: true,
        fromFee: true,
        toFee: true,
        effectiveAt: true,
      },
      orderBy: { effectiveAt: "desc" },
      take: 20,
    }),
    lastActivityOf(db, [tenantId]),
  ]);
  const authorOf = await authorNames(
    db,
    viewer,
    notes.map((note) => note.authorId),
  );
  return {
    ...tenant,
    lastActivityAt: activity.get(tenantId) ?? tenant.createdAt,
    notes: notes.map(({ authorId, ...note }) => ({
      ...note,
      author: authorOf(authorId),
      isMine: authorId === viewer.userId,
    })),
    subscriptionHistory: changes,
  };
}

export const clientIdInput = z.object({ tenantId: z.uuid() });

export const addClientNoteInput = z.object({
  tenantId: z.uuid(),
  body: z.string().trim().min(1, "Write the note first.").max(4000, "At most 4000 characters."),
});

/** A timestamped note on a client, by the rep writing it. */
export async function addClientNote(
  db: ScopedDb,
  viewer: SalesViewer,
  input: z.infer<typeof addClientNoteInput>,
) {
  await findMyClient(db, viewer, input.tenantId);
  return db.salesClientNote.create({
    data: { tenantId: input.tenantId, authorId: viewer.userId, body: input.body },
    select: { id: true, body: true, createdAt: true, tenantId: true },
  });
}
