import "server-only";
import type { PlatformSessionClaims } from "@aizalo/api/auth";
import { runUnitOfWork } from "@aizalo/db";

// The few real figures the admin and sales landing pages show. Each runs as the signed-in
// person, so RLS decides what is counted. (The workspace dashboard's are tenant.dashboard's.)

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
