import type { ScopedDb } from "@aizalo/db";
import { ForbiddenError, NotFoundError } from "../errors";
import { platformLoginAllowed } from "./platform-access";

/** 30 minutes, fixed: a session is never extended, the owner starts a new one (with a reason). */
export const IMPERSONATION_LIFETIME = "30 minutes";

export const OPTED_OUT_MESSAGE = "This business has turned off login by Aizalo staff";

export interface ImpersonationRequest {
  readonly tenantId: string;
  readonly reason: string;
  readonly allowChanges: boolean;
}

/**
 * Starts a "login as tenant" for the platform owner: one impersonation_sessions row that
 * backs the tenant session (app.tenant_role() checks it on every write). The owner's other
 * open sessions end first, so at most one is ever live.
 */
export async function startImpersonation(
  db: ScopedDb,
  ownerId: string,
  request: ImpersonationRequest,
) {
  const tenant = await db.tenant.findFirst({
    where: { id: request.tenantId },
    select: { id: true, subdomain: true, businessName: true },
  });
  if (!tenant) throw new NotFoundError("Business");
  if (!(await platformLoginAllowed(db, tenant.id))) throw new ForbiddenError(OPTED_OUT_MESSAGE);
  await db.$executeRaw`
    UPDATE impersonation_sessions SET ended_at = now()
    WHERE owner_id = ${ownerId}::uuid AND ended_at IS NULL AND expires_at > now()`;
  const [session] = await db.$queryRaw<{ id: string; expires_at: Date }[]>`
    INSERT INTO impersonation_sessions (owner_id, tenant_id, reason, allow_changes, expires_at)
    VALUES (${ownerId}::uuid, ${tenant.id}::uuid, ${request.reason}, ${request.allowChanges},
      now() + ${IMPERSONATION_LIFETIME}::interval)
    RETURNING id, expires_at`;
  if (!session) throw new Error("The impersonation session was not stored");
  return {
    impersonationSessionId: session.id,
    expiresAt: session.expires_at,
    tenantId: tenant.id,
    subdomain: tenant.subdomain,
    businessName: tenant.businessName,
    allowChanges: request.allowChanges,
  };
}

/** Ends the owner's session now (Stop). Already ended or expired: nothing to do, no error. */
export async function stopImpersonation(db: ScopedDb, ownerId: string, sessionId: string) {
  const [ended] = await db.$queryRaw<{ tenant_id: string }[]>`
    UPDATE impersonation_sessions SET ended_at = now()
    WHERE id = ${sessionId}::uuid AND owner_id = ${ownerId}::uuid AND ended_at IS NULL
    RETURNING tenant_id`;
  const [row] = ended
    ? [ended]
    : await db.$queryRaw<{ tenant_id: string }[]>`
        SELECT tenant_id FROM impersonation_sessions
        WHERE id = ${sessionId}::uuid AND owner_id = ${ownerId}::uuid`;
  if (!row) throw new NotFoundError("Impersonation session");
  return { tenantId: row.tenant_id, stopped: Boolean(ended) };
}
