import "server-only";
import type { PlatformSessionClaims, TenantSessionClaims } from "@aizalo/api/auth";
import { runUnitOfWork } from "@aizalo/db";

// The few real figures each shell's landing page shows. Each runs as the signed-in person, so
// RLS decides what is counted; later issues move them behind tRPC procedures with the pages.

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface WorkspaceFigures {
  openConversations: number;
  customers: number;
  leadsLastSevenDays: number;
}

/** A business's day at a glance: conversations still waiting on it, customers, new leads. */
export function workspaceFigures(claims: TenantSessionClaims): Promise<WorkspaceFigures> {
  const actor = {
    type: "tenant",
    tenantId: claims.tenantId,
    userId: claims.userId,
    role: claims.role,
    impersonatorId: claims.impersonatorId,
  } as const;
  const weekAgo = new Date(Date.now() - WEEK_MS);
  return runUnitOfWork(actor, async (db) => ({
    openConversations: await db.conversation.count({
      where: { status: { in: ["active", "waiting"] } },
    }),
    customers: await db.customer.count(),
    leadsLastSevenDays: await db.lead.count({ where: { createdAt: { gte: weekAgo } } }),
  }));
}

const platformActor = (claims: PlatformSessionClaims) =>
  ({ type: "platform", userId: claims.userId, role: claims.role }) as const;

/** Every business on the platform, counted by subscription status (owner and admins). */
export async function tenantCountsByStatus(claims: PlatformSessionClaims) {
  const groups = await runUnitOfWork(platformActor(claims), (db) =>
    db.tenant.groupBy({
      by: ["subscriptionStatus"],
      where: { deletedAt: null },
      _count: { _all: true },
      orderBy: { subscriptionStatus: "asc" },
    }),
  );
  return groups.map((group) => ({ status: group.subscriptionStatus, count: group._count._all }));
}

export interface SalesFigures {
  /** Businesses this person looks after: as their sales rep, or as their support contact. */
  myClients: number;
  /** Leads assigned to this person that are neither won nor lost. */
  myOpenLeads: number;
}

export function salesFigures(claims: PlatformSessionClaims): Promise<SalesFigures> {
  const assignment =
    claims.role === "support"
      ? { assignedSupportId: claims.userId }
      : { assignedSalesRepId: claims.userId };
  return runUnitOfWork(platformActor(claims), async (db) => ({
    myClients: await db.tenant.count({ where: assignment }),
    myOpenLeads: await db.salesLead.count({
      where: { assignedTo: claims.userId, status: { notIn: ["won", "lost"] } },
    }),
  }));
}
