import "server-only";
import { cache } from "react";
import { createCallerFor } from "@aizalo/api";
import type { PlatformSessionClaims, TenantSessionClaims } from "@aizalo/api/auth";
import { runUnitOfWork } from "@aizalo/db";

// Who is signed in, for the shells' headers: through the API, as the person themselves.

export const staffMemberFor = cache((claims: PlatformSessionClaims, shell: "admin" | "sales") =>
  createCallerFor(claims)[shell].me(),
);

export const workspaceMemberFor = cache((claims: TenantSessionClaims) =>
  createCallerFor(claims).tenant.me(),
);

export interface ImpersonationDetails {
  allowChanges: boolean;
  expiresAt: Date;
}

/**
 * The "login as tenant" session behind these claims, read as the platform owner who started it
 * (the session re-check has just confirmed both the owner and the live session).
 */
export async function impersonationFor(
  claims: TenantSessionClaims,
): Promise<ImpersonationDetails | null> {
  const { impersonatorId, impersonationSessionId } = claims;
  if (!impersonatorId || !impersonationSessionId) return null;
  return runUnitOfWork({ type: "platform", userId: impersonatorId, role: "owner" }, (db) =>
    db.impersonationSession.findFirst({
      where: { id: impersonationSessionId, tenantId: claims.tenantId, endedAt: null },
      select: { allowChanges: true, expiresAt: true },
    }),
  );
}
