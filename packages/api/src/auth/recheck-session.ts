import { getDatabase, type Database } from "@aizalo/db";
import { mfaExpectedOf } from "./mfa/mfa-status";
import { staffMfaRequired } from "./mfa/mfa-env";
import type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "./session";
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
 * Re-checks a session's claims against the database on every request (JWTs live for days):
 * one query in one "session-check" unit of work. A password change or reset, a role change
 * or a deactivation bumps session_version, so any difference ends the session; the checks
 * before it only pick the clearest message.
 */
export async function recheckSession(
  claims: SessionClaims,
  database: Reader = getDatabase(),
  requireStaffMfa = staffMfaRequired(),
): Promise<SessionCheck> {
  if (claims.userType === "platform") {
    const { problem, totpEnabled } = await platformSessionProblem(claims, database);
    if (problem) return { ok: false, reason: problem, message: SESSION_END_MESSAGES[problem] };
    // Read on every request rather than fixed at sign-in: enrolling takes effect at once.
    const { mfaSetupRequired: _stale, ...current } = claims;
    const setupRequired = requireStaffMfa && mfaExpectedOf(claims.role) && !totpEnabled;
    return { ok: true, claims: setupRequired ? { ...current, mfaSetupRequired: true } : current };
  }
  const reason = claims.impersonatorId
    ? await impersonationProblem(claims, claims.impersonatorId, database)
    : await tenantSessionProblem(claims, database);
  return reason
    ? { ok: false, reason, message: SESSION_END_MESSAGES[reason] }
    : { ok: true, claims };
}

interface AccountRow {
  is_active: boolean;
  role: string;
  session_version: number;
}

interface PlatformUserRow extends AccountRow {
  totp_enabled: boolean;
}

function accountProblem(
  account: AccountRow | undefined,
  claims: { role: string; sessionVersion: number },
): SessionEndReason | null {
  if (!account || !account.is_active) return "account-deactivated";
  if (account.role !== claims.role) return "role-changed";
  if (account.session_version !== claims.sessionVersion) return "password-changed";
  return null;
}

async function platformSessionProblem(claims: PlatformSessionClaims, database: Reader) {
  const [user] = await database.runUnitOfWork(
    sessionCheck(claims.userId),
    (db) =>
      db.$queryRaw<PlatformUserRow[]>`
      SELECT is_active, role::text, session_version, totp_enabled_at IS NOT NULL AS totp_enabled
      FROM platform_users
      WHERE id = ${claims.userId}::uuid AND deleted_at IS NULL`,
  );
  return { problem: accountProblem(user, claims), totpEnabled: user?.totp_enabled ?? false };
}

interface TenantUserRow extends AccountRow {
  subscription_status: string;
  is_demo: boolean;
  demo_expires_at: Date | null;
}

async function tenantSessionProblem(claims: TenantSessionClaims, database: Reader) {
  const [user] = await database.runUnitOfWork(
    sessionCheck(claims.userId),
    (db) =>
      db.$queryRaw<TenantUserRow[]>`
      SELECT u.is_active, u.role::text, u.session_version,
        t.subscription_status::text, t.is_demo, t.demo_expires_at
      FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id
      WHERE u.id = ${claims.userId}::uuid AND u.tenant_id = ${claims.tenantId}::uuid
        AND t.subdomain = ${claims.subdomain}
        AND u.deleted_at IS NULL AND t.deleted_at IS NULL`,
  );
  const problem = accountProblem(user, claims);
  if (problem || !user) return problem;
  const access = tenantAccess({
    subscriptionStatus: user.subscription_status,
    isDemo: user.is_demo,
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
async function impersonationProblem(
  claims: TenantSessionClaims,
  ownerId: string,
  database: Reader,
): Promise<SessionEndReason | null> {
  const [owner] = await database.runUnitOfWork(
    sessionCheck(ownerId),
    (db) =>
      db.$queryRaw<(AccountRow & { live: boolean })[]>`
      SELECT p.is_active, p.role::text, p.session_version,
        EXISTS (
          SELECT 1 FROM impersonation_sessions s
          WHERE s.id = ${claims.impersonationSessionId ?? null}::uuid
            AND s.owner_id = p.id AND s.tenant_id = ${claims.tenantId}::uuid
            AND s.ended_at IS NULL AND s.expires_at > now()
        ) AS live
      FROM platform_users p
      WHERE p.id = ${ownerId}::uuid AND p.deleted_at IS NULL`,
  );
  const problem = accountProblem(owner, { role: "owner", sessionVersion: claims.sessionVersion });
  if (problem) return problem;
  return owner?.live ? null : "impersonation-ended";
}

function sessionCheck(userId: string) {
  return { type: "system", purpose: "session-check", actingUserId: userId } as const;
}
