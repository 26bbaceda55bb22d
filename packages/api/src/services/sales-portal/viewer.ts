import type { Prisma } from "@aizalo/db";
import type { PlatformSessionClaims } from "../../auth/session";

/**
 * Whose book the sales portal shows. Everything in /sales is "mine": a sales rep's leads and
 * clients, support's supported clients. The owner and admins looking in see what is assigned to
 * them (the whole team's figures live in /admin). RLS decides the same in PostgreSQL; the
 * filters here say it in the query, so a page never depends on a policy to mean "mine".
 */
export interface SalesViewer {
  userId: string;
  role: PlatformSessionClaims["role"];
}

export const viewerOf = (session: PlatformSessionClaims): SalesViewer => ({
  userId: session.userId,
  role: session.role,
});

/** Leads assigned to me, or waiting unassigned in one of my territories. */
export function myLeadsWhere(viewer: SalesViewer): Prisma.SalesLeadWhereInput {
  // Support works with clients, never with the pipeline.
  if (viewer.role === "support") return { id: { in: [] } };
  return {
    deletedAt: null,
    OR: [
      { assignedTo: viewer.userId },
      { assignedTo: null, territory: { is: { assignedTo: viewer.userId } } },
    ],
  };
}

/** Businesses I look after: as their sales rep, or as their support contact. */
export function myClientsWhere(viewer: SalesViewer): Prisma.TenantWhereInput {
  return viewer.role === "support"
    ? { assignedSupportId: viewer.userId, deletedAt: null }
    : { assignedSalesRepId: viewer.userId, deletedAt: null };
}
