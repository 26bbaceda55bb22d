import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../errors";

/**
 * Withdraws a pending invitation: the link stops working at once and the invitee's
 * password-less row is retired, so the email can be invited again. Another business's id,
 * or one already accepted, answers not-found.
 */
export async function revokeInvitation(db: ScopedDb, invitationId: string) {
  const [revoked] = await db.$queryRaw<{ tenant_user_id: string }[]>`
    UPDATE invitations SET revoked_at = now()
    WHERE id = ${invitationId}::uuid AND tenant_id = app.current_tenant_id()
      AND accepted_at IS NULL AND revoked_at IS NULL
    RETURNING tenant_user_id`;
  if (!revoked) throw new NotFoundError("Invitation");
  await db.tenantUser.updateMany({
    where: { id: revoked.tenant_user_id, passwordHash: null },
    data: { deletedAt: new Date(), isActive: false },
  });
  return { invitationId };
}
