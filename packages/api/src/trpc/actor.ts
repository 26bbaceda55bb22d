import type { Actor } from "@aizalo/db";
import type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "../auth/session";

/**
 * The unit of work's actor, from the verified session only: tenant, role and user come from the
 * claims, never from input. "Login as tenant" runs as a tenant actor whose user is the platform
 * owner, with the owner as impersonator too (DESIGN.md "Identity and sessions").
 */
export function actorFromSession(session: SessionClaims): Actor {
  if (session.userType === "platform") return platformActor(session);
  return tenantActor(session);
}

export function platformActor(session: PlatformSessionClaims): Actor {
  return { type: "platform", userId: session.userId, role: session.role };
}

export function tenantActor(session: TenantSessionClaims): Actor {
  return {
    type: "tenant",
    tenantId: session.tenantId,
    userId: session.userId,
    role: session.role,
    impersonatorId: session.impersonatorId,
  };
}
