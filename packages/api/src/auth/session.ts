import type { PlatformRole, TenantRole } from "@aizalo/db";

/**
 * What a signed-in person's JWT carries (DESIGN.md "Identity and sessions"). Produced by the
 * sign-in flow in apps/web (next-auth), re-checked against the database on every request, and
 * turned into the actor of each unit of work by the tRPC procedures. Never taken from input.
 */
export type SessionClaims = PlatformSessionClaims | TenantSessionClaims;

export interface PlatformSessionClaims {
  readonly userType: "platform";
  readonly userId: string;
  readonly role: PlatformRole;
  /** Bumped by a password change or reset, a role change or a deactivation: older JWTs die. */
  readonly sessionVersion: number;
  /**
   * Set by the per-request re-check (never stored in the JWT): an owner or admin without a
   * second factor while REQUIRE_STAFF_MFA is on, who may reach nothing but /login/security.
   */
  readonly mfaSetupRequired?: true;
  /** An owner's or admin's first sign-in, without a second factor: /login/continue asks once. */
  readonly mfaEnrolmentPrompt?: true;
}

export interface TenantSessionClaims {
  readonly userType: "tenant";
  /** A tenant user's id; for "login as tenant", the platform owner's id (= impersonatorId). */
  readonly userId: string;
  readonly role: TenantRole;
  readonly tenantId: string;
  readonly subdomain: string;
  readonly sessionVersion: number;
  /** Set while a platform owner is "logged in as tenant". */
  readonly impersonatorId?: string;
  /** The impersonation_sessions row that backs it (30 minutes, not extendable). */
  readonly impersonationSessionId?: string;
}
