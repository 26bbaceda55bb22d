import type { Prisma, ScopedDb } from "@aizalo/db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import type { LeadFields, LeadStage, MoveLeadInput, UpdateLeadInput } from "./lead-input";
import { nairobiInstant } from "./nairobi-time";
import { myLeadsWhere, type SalesViewer } from "./viewer";

// The sales pipeline: a rep's leads and the unassigned leads of their territories.
//
// Stages move freely between new, contacted, demo, negotiating and lost, with two rules:
// - "won" is not a manual move. A lead is won when its business becomes a client, and that is
//   the onboarding wizard's job (it provisions the tenant and marks the lead won with the
//   tenant's id, in one transaction). A manual "won" would count a sale that has no client,
//   no subscription and no commission behind it.
// - A won lead stays won: it is a client now, and its history belongs to the tenant.
// Changing an unassigned territory lead claims it: it becomes the rep's own.

const leadSelect = {
  id: true,
  businessName: true,
  contactName: true,
  phone: true,
  email: true,
  industry: true,
  city: true,
  status: true,
  value: true,
  notes: true,
  nextAction: true,
  followUpAt: true,
  lastContactAt: true,
  lostReason: true,
  tenantId: true,
  assignedTo: true,
  createdAt: true,
  updatedAt: true,
  territory: { select: { id: true, name: true } },
} satisfies Prisma.SalesLeadSelect;

type LeadRow = Prisma.SalesLeadGetPayload<{ select: typeof leadSelect }>;

function present(row: LeadRow, viewer: SalesViewer) {
  const { assignedTo, ...lead } = row;
  return {
    ...lead,
    stage: row.status as LeadStage,
    /** false: waiting in one of my territories for someone to pick it up. */
    isMine: assignedTo === viewer.userId,
  };
}
export type SalesLeadView = ReturnType<typeof present>;

export async function listMyLeads(
  db: ScopedDb,
  viewer: SalesViewer,
  filter: { stage?: LeadStage | undefined; search?: string | undefined } = {},
) {
  const search = filter.search?.trim();
  const rows = await db.salesLead.findMany({
    where: {
      AND: [
        myLeadsWhere(viewer),
        filter.stage ? { status: filter.stage } : {},
        search
          ? {
              OR: [
                { businessName: { contains: search, mode: "insensitive" } },
                { contactName: { contains: search, mode: "insensitive" } },
                { city: { contains: search, mode: "insensitive" } },
              ],
            }
          : {},
      ],
    },
    select: leadSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    // A rep's book is tens of leads; the cap only stops a runaway page.
    take: 500,
  });
  return rows.map((row) => present(row, viewer));
}

async function findMyLead(db: ScopedDb, viewer: SalesViewer, leadId: string) {
  const row = await db.salesLead.findFirst({
    where: { AND: [{ id: leadId }, myLeadsWhere(viewer)] },
    select: leadSelect,
  });
  if (!row) throw new NotFoundError("Lead");
  return row;
}

/** One lead with its demos (mine: RLS shows a rep their own demos only). */
export async function getMyLead(db: ScopedDb, viewer: SalesViewer, leadId: string) {
  const lead = present(await findMyLead(db, viewer, leadId), viewer);
  const demos = await db.salesDemo.findMany({
    where: { leadId, salesRepId: viewer.userId },
    select: {
      id: true,
      scheduledAt: true,
      location: true,
      callLink: true,
      status: true,
      notes: true,
    },
    orderBy: { scheduledAt: "desc" },
  });
  return { ...lead, demos };
}

function columnsOf(fields: LeadFields) {
  return {
    businessName: fields.businessName,
    contactName: fields.contactName ?? null,
    phone: fields.phone,
    email: fields.email ?? null,
    industry: fields.industry ?? null,
    city: fields.city ?? null,
    territoryId: fields.territoryId ?? null,
    value: fields.value ?? null,
    notes: fields.notes ?? null,
    nextAction: fields.nextAction ?? null,
    followUpAt: fields.followUpOn ? nairobiInstant(fields.followUpOn) : null,
  };
}

async function requireTerritory(db: ScopedDb, territoryId: string | null | undefined) {
  if (!territoryId) return;
  const territory = await db.salesTerritory.findFirst({
    where: { id: territoryId },
    select: { id: true },
  });
  if (!territory) {
    throw new ValidationError("That territory does not exist.", {
      territoryId: ["Pick a territory from the list."],
    });
  }
}

/** A new lead, assigned to the rep who entered it. */
export async function createLead(db: ScopedDb, viewer: SalesViewer, fields: LeadFields) {
  await requireTerritory(db, fields.territoryId);
  const row = await db.salesLead.create({
    data: { ...columnsOf(fields), assignedTo: viewer.userId, status: "new" },
    select: leadSelect,
  });
  return present(row, viewer);
}

export async function updateLead(db: ScopedDb, viewer: SalesViewer, input: UpdateLeadInput) {
  const current = await findMyLead(db, viewer, input.leadId);
  await requireTerritory(db, input.territoryId);
  const row = await db.salesLead.update({
    where: { id: current.id },
    data: {
      ...columnsOf(input),
      // The reason is part of a lost lead only; the stage move sets and clears it.
      lostReason: current.status === "lost" ? (input.lostReason ?? current.lostReason) : null,
      assignedTo: viewer.userId,
    },
    select: leadSelect,
  });
  return present(row, viewer);
}

export class WonThroughOnboardingError extends ValidationError {
  constructor() {
    super("A lead is won when its business is onboarded: open the onboarding wizard.", {
      stage: ["Onboard the business to win this lead."],
    });
  }
}

/** A kanban move. Returns the lead as it now is. */
export async function moveLead(db: ScopedDb, viewer: SalesViewer, input: MoveLeadInput) {
  const current = await findMyLead(db, viewer, input.leadId);
  if (current.status === "won") {
    throw new ConflictError("This lead is already a client; its stage cannot change.");
  }
  if (input.stage === "won") throw new WonThroughOnboardingError();
  const row = await db.salesLead.update({
    where: { id: current.id },
    data: {
      status: input.stage,
      lostReason: input.stage === "lost" ? (input.lostReason ?? null) : null,
      assignedTo: viewer.userId,
      ...(input.stage === "contacted" && !current.lastContactAt && { lastContactAt: new Date() }),
    },
    select: leadSelect,
  });
  return { lead: present(row, viewer), from: current.status as LeadStage };
}
