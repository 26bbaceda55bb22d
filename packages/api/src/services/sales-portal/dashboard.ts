import { Prisma, type ScopedDb } from "@aizalo/db";
import { upcomingDemos } from "./demos";
import { myCommissionThisMonth } from "./my-commissions";
import { LEAD_STAGES, type LeadStage } from "./lead-input";
import { myClientsWhere, myLeadsWhere, type SalesViewer } from "./viewer";

// The /sales landing page: my clients, my pipeline by stage, overdue follow-ups and upcoming
// demos, and this month's commission and team rank (from the commission services).

export interface StageFigures {
  stage: LeadStage;
  leads: number;
  /** Sum of the leads' expected monthly fees, KES. */
  value: Prisma.Decimal;
}

async function pipelineByStage(db: ScopedDb, viewer: SalesViewer): Promise<StageFigures[]> {
  const groups = await db.salesLead.groupBy({
    by: ["status"],
    where: myLeadsWhere(viewer),
    _count: { _all: true },
    _sum: { value: true },
    orderBy: { status: "asc" },
  });
  return LEAD_STAGES.map((stage) => {
    const group = groups.find((row) => row.status === stage);
    return {
      stage,
      leads: group?._count._all ?? 0,
      value: group?._sum.value ?? new Prisma.Decimal(0),
    };
  });
}

async function overdueFollowUps(db: ScopedDb, viewer: SalesViewer, now: Date) {
  return db.salesLead.findMany({
    where: {
      AND: [myLeadsWhere(viewer), { status: { notIn: ["won", "lost"] }, followUpAt: { lt: now } }],
    },
    select: { id: true, businessName: true, status: true, followUpAt: true, nextAction: true },
    orderBy: [{ followUpAt: "asc" }, { id: "asc" }],
    take: 10,
  });
}

export async function salesDashboard(db: ScopedDb, viewer: SalesViewer, now = new Date()) {
  const clients = await db.tenant.groupBy({
    by: ["subscriptionStatus"],
    where: myClientsWhere(viewer),
    _count: { _all: true },
    orderBy: { subscriptionStatus: "asc" },
  });
  const pipeline = await pipelineByStage(db, viewer);
  const open = pipeline.filter((row) => row.stage !== "won" && row.stage !== "lost");
  return {
    clients: {
      total: clients.reduce((sum, row) => sum + row._count._all, 0),
      byStatus: clients.map((row) => ({
        status: row.subscriptionStatus,
        count: row._count._all,
      })),
    },
    pipeline,
    openPipelineValue: open.reduce((sum, row) => sum.add(row.value), new Prisma.Decimal(0)),
    openLeads: open.reduce((sum, row) => sum + row.leads, 0),
    overdueFollowUps: await overdueFollowUps(db, viewer, now),
    upcomingDemos: await upcomingDemos(db, viewer, now, 5),
    commission: await myCommissionThisMonth(db, viewer, now),
  };
}
