import { getDatabase, type Database, type SessionStateRow } from "@aizalo/db";
import { actorFromSession } from "../trpc/actor";
import { mfaExpectedOf } from "./mfa/mfa-status";
import { staffMfaRequired } from "./mfa/mfa-env";
import type { SessionClaims, TenantSessionClaims } from "./session";
import { tenantAccess } from "./tenant-access";

/** Why a session that was valid when issued has ended. */
export type SessionEndReason =
  | "password-changed"
  | "account-deactivated"
  | "role-changed"
  | "business-suspended"
  | "business-closed"
  | "impersonation-ended";

export type SessionCheck =
  | { readonly ok: true; readonly claims: SessionClaims }
  | { readonly ok: false; readonly reason: SessionEndReason; readonly message: string };

export const SESSION_END_MESSAGES: Record<SessionEndReason, string> = {
  "password-changed": "You were signed out: your password was changed. Please sign in again.",
  "account-deactivated": "You were signed out: your account was deactivated.",
  "role-changed": "You were signed out: your role changed. Please sign in again.",
  "business-suspended": "You were signed out: this business's account is suspended.",
  "business-closed": "You were signed out: this business's account is closed.",
  "impersonation-ended": "The “login as tenant” session has ended.",
};

type Reader = Pick<Database, "runUnitOfWork">;

/**
 * Re-checks a session's claims against the database (JWTs live for days), in a unit of work
 * of its own as the session's actor: for pages, server actions and route handlers that have no
 * unit of work yet. The tRPC builders judge the same read inside the call's own unit of work
 * (trpc/middleware/unit-of-work.ts), so an API call costs one transaction, not two.
 */
export async function recheckSession(
  claims: SessionClaims,
  database: Reader = getDatabase(),
  requireStaffMfa?: boolean,
): Promise<SessionCheck> {
  // The read travels with BEGIN (UnitOfWorkOptions.sessionState), and a read-only unit of work
  // sends no COMMIT of its own: one round trip in all.
  return database.runUnitOfWork(
    actorFromSession(claims),
    async (_db, opened) => judgeSession(opened.sessionState?.[0], claims, requireStaffMfa),
    { sessionState: sessionStateRequest(claims), readOnly: true },
  );
}

/**
 * What to ask app.session_state() for these claims: a unit of work can read it while it opens
 * (UnitOfWorkOptions.sessionState), and judgeSession() then decides on its rows.
 */
export function sessionStateRequest(claims: SessionClaims) {
  return {
    impersonationSessionId:
      claims.userType === "tenant" ? (claims.impersonationSessionId ?? null) : null,
  };
}

/** The re-check's decision on app.session_state()'s row for the claims' own actor. */
export function judgeSession(
  state: SessionStateRow | undefined,
  claims: SessionClaims,
  requireStaffMfa?: boolean,
): SessionCheck {
  if (claims.userType === "platform") {
    const problem = accountProblem(state, claims);
    if (problem) return ended(problem);
    // Read on every request rather than fixed at sign-in: enrolling takes effect at once.
    const { mfaSetupRequired: _stale, ...current } = claims;
    const setupRequired =
      (requireStaffMfa ?? staffMfaRequired()) && mfaExpectedOf(claims.role) && !state?.totp_enabled;
    return { ok: true, claims: setupRequired ? { ...current, mfaSetupRequired: true } : current };
  }
  const problem = claims.impersonatorId
    ? impersonationProblem(state, claims)
    : tenantSessionProblem(state, claims);
  return problem ? ended(problem) : { ok: true, claims };
}

const ended = (reason: SessionEndReason): SessionCheck => ({
  ok: false,
  reason,
  message: SESSION_END_MESSAGES[reason],
});

function accountProblem(
  account: SessionStateRow | undefined,
  claims: { role: string; sessionVersion: number },
): SessionEndReason | null {
  if (!account || !account.is_active) return "account-deactivated";
  if (account.role !== claims.role) return "role-changed";
  if (account.session_version !== claims.sessionVersion) return "password-changed";
  return null;
}

function tenantSessionProblem(
  state: SessionStateRow | undefined,
  claims: TenantSessionClaims,
): SessionEndReason | null {
  // Claims naming another business than the user's find no row: the session is not theirs.
  const user = state?.subdomain === claims.subdomain ? state : undefined;
  const problem = accountProblem(user, claims);
  if (problem || !user) return problem;
  const access = tenantAccess({
    subscriptionStatus: user.subscription_status ?? "",
    isDemo: user.is_demo ?? false,
    demoExpiresAt: user.demo_expires_at,
  });
  if (access === "suspended") return "business-suspended";
  if (access === "closed") return "business-closed";
  return null;
}

/**
 * "Login as tenant": the platform owner's own account must still be an active owner at the
 * same session version, and the impersonation_sessions row live (not stopped, not expired).
 */
function impersonationProblem(
  owner: SessionStateRow | undefined,
  claims: TenantSessionClaims,
): SessionEndReason | null {
  const problem = accountProblem(owner, { role: "owner", sessionVersion: claims.sessionVersion });
  if (problem) return problem;
  return owner?.impersonation_live ? null : "impersonation-ended";
}
