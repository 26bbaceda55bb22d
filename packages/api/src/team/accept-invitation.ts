import { getDatabase, type Database, type ScopedDb } from "@aizalo/db";
import { hashPassword } from "../auth/passwords";
import { newPasswordSchema } from "../auth/password-rules";
import { invitationTokenHash, looksLikeInvitationToken } from "./invitation-token";

export const INVALID_INVITATION_MESSAGE =
  "This invitation link is invalid, was already used, was withdrawn or has expired. Ask the business for a new one.";

type Runner = Pick<Database, "runUnitOfWork">;
// "Still usable" is spelled out in both queries below: a Prisma.sql fragment nested in a raw
// query is sent as a bound value once Next bundles its own copy of Prisma's Sql class.
// A named service: nobody is signed in when they open an invitation.
const ACCEPTING = { type: "system", purpose: "invitation" } as const;

/** What the invitation page shows before the person sets a password; null when unusable. */
export async function findOpenInvitation(token: string, database: Runner = getDatabase()) {
  if (!looksLikeInvitationToken(token)) return null;
  return database.runUnitOfWork(ACCEPTING, async (db) => {
    const [open] = await db.$queryRaw<
      { email: string; full_name: string; business_name: string; subdomain: string }[]
    >`
      SELECT i.email::text, u.full_name, t.business_name, t.subdomain
      FROM invitations i
      JOIN tenant_users u ON u.tenant_id = i.tenant_id AND u.id = i.tenant_user_id
      JOIN tenants t ON t.id = i.tenant_id
      WHERE i.token_hash = ${invitationTokenHash(token)}
        AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        AND u.deleted_at IS NULL AND u.password_hash IS NULL AND t.deleted_at IS NULL`;
    if (!open) return null;
    return {
      email: open.email,
      fullName: open.full_name,
      businessName: open.business_name,
      subdomain: open.subdomain,
    };
  });
}

export type AcceptInvitationResult =
  | { readonly ok: true; readonly signInPath: string }
  | { readonly ok: false; readonly field: "token" | "password"; readonly message: string };

/**
 * Accepts an invitation: the token is marked used in the statement that checks it (single
 * use, seven days, not revoked), the password set on the invitee's row, both in one unit of
 * work, so a refusal changes nothing. Answers with the business's sign-in page.
 */
export async function acceptInvitation(
  accept: { token: string; password: string; ip: string | null },
  database: Runner = getDatabase(),
): Promise<AcceptInvitationResult> {
  const rules = newPasswordSchema.safeParse(accept.password);
  if (!rules.success) {
    return { ok: false, field: "password", message: rules.error.issues[0]?.message ?? "" };
  }
  const refused = { ok: false, field: "token", message: INVALID_INVITATION_MESSAGE } as const;
  if (!looksLikeInvitationToken(accept.token)) return refused;
  const passwordHash = await hashPassword(accept.password);
  const subdomain = await database
    .runUnitOfWork(ACCEPTING, async (db) => {
      const [used] = await db.$queryRaw<
        { id: string; tenant_id: string; tenant_user_id: string; subdomain: string }[]
      >`
      UPDATE invitations SET accepted_at = now()
      WHERE id = (
        SELECT i.id
        FROM invitations i
        JOIN tenant_users u ON u.tenant_id = i.tenant_id AND u.id = i.tenant_user_id
        JOIN tenants t ON t.id = i.tenant_id
        WHERE i.token_hash = ${invitationTokenHash(accept.token)}
          AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
          AND u.deleted_at IS NULL AND u.password_hash IS NULL AND t.deleted_at IS NULL)
        -- Re-checked on the locked row: of two accepts racing, the second updates nothing.
        AND accepted_at IS NULL AND revoked_at IS NULL
      RETURNING id, tenant_id, tenant_user_id,
        (SELECT t.subdomain FROM tenants t WHERE t.id = tenant_id) AS subdomain`;
      if (!used) return null;
      const set = await db.$executeRaw`
      UPDATE tenant_users SET password_hash = ${passwordHash}, updated_at = now()
      WHERE id = ${used.tenant_user_id}::uuid AND tenant_id = ${used.tenant_id}::uuid
        AND password_hash IS NULL AND deleted_at IS NULL AND is_active`;
      // Rolled back with the accepted_at above: the link stays as it was.
      if (set !== 1) throw new InvitationNotUsable();
      await auditAccepted(db, used, accept.ip);
      return used.subdomain;
    })
    .catch((error: unknown) => {
      if (error instanceof InvitationNotUsable) return null;
      throw error;
    });
  return subdomain ? { ok: true, signInPath: `/${subdomain}/login` } : refused;
}

class InvitationNotUsable extends Error {}

async function auditAccepted(
  db: ScopedDb,
  used: { id: string; tenant_id: string; tenant_user_id: string },
  ip: string | null,
): Promise<void> {
  // The new member is the one acting, through the invitation service.
  await db.$executeRaw`
    INSERT INTO audit_logs (actor_user_type, actor_user_id, purpose, tenant_id, action, entity, entity_id, changed_fields, ip)
    VALUES ('system', NULL, 'invitation', ${used.tenant_id}::uuid, 'auth.invitation_accepted',
      'invitation', ${used.id}::uuid, ARRAY['accepted_at', 'password_hash']::text[], ${ip}::inet)`;
}
