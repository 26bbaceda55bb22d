import type { Prisma, ScopedDb } from "@aizalo/db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import type { RecordDemoOutcomeInput, ScheduleDemoInput } from "./demo-input";
import type { LeadStage } from "./lead-input";
import { nairobiInstant } from "./nairobi-time";
import { myLeadsWhere, type SalesViewer } from "./viewer";

// Demo meetings a rep books with a lead. A held demo moves a lead that had not reached the demo
// stage yet (new, contacted) to `demo`; a lead already further on stays where it is.

const STAGES_BEFORE_DEMO: readonly LeadStage[] = ["new", "contacted"];

const demoSelect = {
  id: true,
  scheduledAt: true,
  location: true,
  callLink: true,
  status: true,
  notes: true,
  leadId: true,
} satisfies Prisma.SalesDemoSelect;

type DemoRow = Prisma.SalesDemoGetPayload<{ select: typeof demoSelect }>;

/**
 * Demos with their lead's name. Read apart, not as a relation: an admin may have handed the
 * lead to another rep since, and then it is no longer mine to see (RLS hides it).
 */
async function withLeads(db: ScopedDb, demos: DemoRow[]) {
  const leads = await db.salesLead.findMany({
    where: { id: { in: [...new Set(demos.map((demo) => demo.leadId))] } },
    select: { id: true, businessName: true, status: true },
  });
  const byId = new Map(leads.map((lead) => [lead.id, lead]));
  return demos.map((demo) => ({ ...demo, lead: byId.get(demo.leadId) ?? null }));
}

export async function scheduleDemo(
  db: ScopedDb,
  viewer: SalesViewer,
  input: ScheduleDemoInput,
  now = new Date(),
) {
  const lead = await db.salesLead.findFirst({
    where: { AND: [{ id: input.leadId }, myLeadsWhere(viewer)] },
    select: { id: true, status: true, assignedTo: true },
  });
  if (!lead) throw new NotFoundError("Lead");
  if (lead.status === "won" || lead.status === "lost") {
    throw new ConflictError("Demos are booked with open leads only.");
  }
  const scheduledAt = nairobiInstant(input.date, input.time);
  if (scheduledAt.getTime() <= now.getTime()) {
    throw new ValidationError("A demo is booked for a time still to come.", {
      date: ["Pick a date and time in the future."],
    });
  }
  // Booking a demo with a territory lead makes it mine.
  if (lead.assignedTo !== viewer.userId) {
    await db.salesLead.update({ where: { id: lead.id }, data: { assignedTo: viewer.userId } });
  }
  const demo = await db.salesDemo.create({
    data: {
      leadId: lead.id,
      salesRepId: viewer.userId,
      scheduledAt,
      location: input.location ?? null,
      callLink: input.callLink ?? null,
      notes: input.notes ?? null,
    },
    select: demoSelect,
  });
  return demo;
}

/** Held, no-show or cancelled: once, for a demo still scheduled. */
export async function recordDemoOutcome(
  db: ScopedDb,
  viewer: SalesViewer,
  input: RecordDemoOutcomeInput,
  now = new Date(),
) {
  const demo = await db.salesDemo.findFirst({
    where: { id: input.demoId, salesRepId: viewer.userId },
    select: { id: true, status: true, notes: true, leadId: true, scheduledAt: true },
  });
  if (!demo) throw new NotFoundError("Demo");
  if (demo.status !== "scheduled") {
    throw new ConflictError("This demo's outcome is already recorded.");
  }
  // A demo can happen earlier than booked (a phone call moves it), so "held" is the rep's word
  // at any time; nobody can fail to show up before the time they were expected.
  if (input.outcome === "no_show" && demo.scheduledAt.getTime() > now.getTime()) {
    throw new ValidationError("This demo's time has not come yet.", {
      outcome: ["Record a no-show once the demo's time has passed."],
    });
  }
  const updated = await db.salesDemo.update({
    where: { id: demo.id },
    data: { status: input.outcome, notes: input.notes ?? demo.notes },
    select: demoSelect,
  });
  let leadMovedTo: LeadStage | null = null;
  if (input.outcome === "held") {
    const moved = await db.salesLead.updateMany({
      where: {
        AND: [{ id: demo.leadId, status: { in: [...STAGES_BEFORE_DEMO] } }, myLeadsWhere(viewer)],
      },
      data: { status: "demo", lastContactAt: now, assignedTo: viewer.userId },
    });
    if (moved.count > 0) leadMovedTo = "demo";
  }
  return { demo: updated, leadMovedTo };
}

/**
 * My scheduled demos, soonest first; those whose time has passed wait for their outcome (held
 * or no-show), which is the rep's to record.
 */
export async function upcomingDemos(
  db: ScopedDb,
  viewer: SalesViewer,
  now = new Date(),
  take = 10,
) {
  if (viewer.role === "support") return [];
  const demos = await db.salesDemo.findMany({
    where: { salesRepId: viewer.userId, status: "scheduled" },
    select: demoSelect,
    orderBy: { scheduledAt: "asc" },
    take,
  });
  return (await withLeads(db, demos)).map((demo) => ({
    ...demo,
    awaitingOutcome: demo.scheduledAt.getTime() <= now.getTime(),
  }));
}
