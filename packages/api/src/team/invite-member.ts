import type { ScopedDb, TenantRole } from "@aizalo/db";
import type { TenantSessionClaims } from "../auth/session";
import { ConflictError, ForbiddenError } from "../errors";
import type { TenantPermission } from "../trpc/permissions";
import { INVITATION_LIFETIME, invitationTokenHash, newInvitationToken } from "./invitation-token";
import { mayGrantPermissions, mayGrantRole } from "./team-roles";

export interface TeamInvite {
  readonly email: string;
  readonly fullName: string;
  readonly role: TenantRole;
  readonly permissions: readonly TenantPermission[];
}

/**
 * Invites someone to the session's business: a tenant_users row without a password, an
 * invitation holding the token's hash (seven days, single use) and the link in the outbox,
 * all in the caller's unit of work, so a refused invite leaves nothing behind.
 */
export async function inviteTeamMember(
  db: ScopedDb,
  session: TenantSessionClaims,
  invite: TeamInvite,
  linkFor: (token: string) => string,
) {
  if (!mayGrantRole(session.role, invite.role)) {
    throw new ForbiddenError("You cannot invite someone with a role above your own");
  }
  // Additions count for staff only, and an impersonating owner has no row of their own.
  const inviter = session.impersonatorId
    ? null
    : await db.tenantUser.findFirst({
        where: { id: session.userId },
        select: { id: true, permissions: true },
      });
  if (!mayGrantPermissions(session, inviter?.permissions ?? [], invite.permissions)) {
    throw new ForbiddenError("You cannot grant permissions you do not hold");
  }
  await clearStaleInvitee(db, invite.email);

  // Permissions add to the staff role only; other roles' rows keep none.
  const permissions = invite.role === "staff" ? [...new Set(invite.permissions)] : [];
  const user = await db.tenantUser.create({
    data: { email: invite.email, fullName: invite.fullName, role: invite.role, permissions },
    select: { id: true },
  });
  const token = newInvitationToken();
  const [invitation] = await db.$queryRaw<{ id: string; expires_at: Date }[]>`
    INSERT INTO invitations (tenant_id, tenant_user_id, email, role, permissions, token_hash,
      invited_by, invited_by_platform_user_id, expires_at)
    VALUES (${session.tenantId}::uuid, ${user.id}::uuid, ${invite.email}::citext,
      ${invite.role}::tenant_role, ${permissions}::text[], ${invitationTokenHash(token)},
      ${inviter?.id ?? null}::uuid, ${session.impersonatorId ?? null}::uuid,
      now() + ${INVITATION_LIFETIME}::interval)
    RETURNING id, expires_at`;
  if (!invitation) throw new Error("The invitation was not stored");
  // createMany: no RETURNING, since nobody in the business may read a message carrying a link.
  await db.outboxMessage.createMany({
    data: [
      {
        channel: "email",
        recipient: invite.email,
        kind: "invitation",
        payload: { link: linkFor(token), fullName: invite.fullName, role: invite.role },
      },
    ],
  });
  // Shown once to whoever invited, to pass on themselves (WhatsApp, SMS) if the email is slow.
  return {
    invitationId: invitation.id,
    tenantUserId: user.id,
    expiresAt: invitation.expires_at,
    link: linkFor(token),
  };
}

/**
 * The email must be free (compared case-insensitively, citext). A member who has a password
 * or a pending invitation blocks it; a row left by an expired or revoked invitation is retired,
 * so the person can be invited again.
 */
async function clearStaleInvitee(db: ScopedDb, email: string): Promise<void> {
  const [existing] = await db.$queryRaw<{ id: string; has_password: boolean; pending: boolean }[]>`
    SELECT u.id, u.password_hash IS NOT NULL AS has_password,
      EXISTS (SELECT 1 FROM invitations i
        WHERE i.tenant_id = u.tenant_id AND i.tenant_user_id = u.id
          AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()) AS pending
    FROM tenant_users u
    WHERE u.tenant_id = app.current_tenant_id() AND u.email = ${email}::citext
      AND u.deleted_at IS NULL`;
  if (!existing) return;
  if (existing.has_password) throw new ConflictError("This person is already on your team");
  if (existing.pending) throw new ConflictError("This person already has a pending invitation");
  await db.tenantUser.update({
    where: { id: existing.id },
    data: { deletedAt: new Date(), isActive: false },
  });
}
