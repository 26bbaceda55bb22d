import { getDatabase, type Database } from "@aizalo/db";
import type { PlatformSessionClaims, TenantSessionClaims } from "../auth/session";

type Runner = Pick<Database, "runUnitOfWork">;

/**
 * The tenant claims a live impersonation session grants its owner: viewer, or admin when
 * changes were allowed. Read from the database, never from what the browser sent, so the
 * session switch in apps/web cannot be talked into another tenant or role. Null when the row
 * is not the owner's, has ended or has expired.
 */
export async function claimsForImpersonation(
  owner: PlatformSessionClaims,
  impersonationSessionId: string,
  database: Runner = getDatabase(),
): Promise<{ claims: TenantSessionClaims; expiresAt: Date } | null> {
  if (owner.role !== "owner") return null;
  const [row] = await database.runUnitOfWork(
    { type: "platform", userId: owner.userId, role: "owner" },
    (db) =>
      db.$queryRaw<
        { tenant_id: string; subdomain: string; allow_changes: boolean; expires_at: Date }[]
      >`
        SELECT s.tenant_id, t.subdomain, s.allow_changes, s.expires_at
        FROM impersonation_sessions s JOIN tenants t ON t.id = s.tenant_id
        WHERE s.id = ${impersonationSessionId}::uuid AND s.owner_id = ${owner.userId}::uuid
          AND s.ended_at IS NULL AND s.expires_at > now() AND t.deleted_at IS NULL`,
  );
  if (!row) return null;
  return {
    claims: {
      userType: "tenant",
      userId: owner.userId,
      role: row.allow_changes ? "admin" : "viewer",
      tenantId: row.tenant_id,
      subdomain: row.subdomain,
      // The owner's own version: a password change of the owner ends this session too.
      sessionVersion: owner.sessionVersion,
      impersonatorId: owner.userId,
      impersonationSessionId,
    },
    expiresAt: row.expires_at,
  };
}

/** The platform owner behind an impersonating tenant session: where Stop takes them back. */
export function ownerClaimsOf(claims: TenantSessionClaims): PlatformSessionClaims | null {
  if (!claims.impersonatorId) return null;
  return {
    userType: "platform",
    userId: claims.impersonatorId,
    role: "owner",
    sessionVersion: claims.sessionVersion,
  };
}
