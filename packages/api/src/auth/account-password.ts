import type { ScopedDb } from "@aizalo/db";

/** Whose password: a platform staff member, or a business's user (in that business). */
export type PasswordOwner =
  | { readonly userType: "platform"; readonly userId: string }
  | { readonly userType: "tenant"; readonly userId: string; readonly tenantId: string };

/** The stored hash, or null for a missing, deleted or deactivated account or one without one. */
export async function storedPasswordHash(db: ScopedDb, owner: PasswordOwner) {
  const rows =
    owner.userType === "platform"
      ? await db.$queryRaw<{ password_hash: string | null }[]>`
          SELECT password_hash FROM platform_users
          WHERE id = ${owner.userId}::uuid AND is_active AND deleted_at IS NULL`
      : await db.$queryRaw<{ password_hash: string | null }[]>`
          SELECT password_hash FROM tenant_users
          WHERE id = ${owner.userId}::uuid AND tenant_id = ${owner.tenantId}::uuid
            AND is_active AND deleted_at IS NULL`;
  return rows[0]?.password_hash ?? null;
}

/**
 * Stores a new password hash and bumps session_version, which ends every session of the
 * account (recheck-session.ts), the one that made the change included.
 */
export async function replacePassword(
  db: ScopedDb,
  owner: PasswordOwner,
  passwordHash: string,
): Promise<boolean> {
  const changed =
    owner.userType === "platform"
      ? await db.$executeRaw`
          UPDATE platform_users
          SET password_hash = ${passwordHash}, session_version = session_version + 1, updated_at = now()
          WHERE id = ${owner.userId}::uuid AND deleted_at IS NULL`
      : await db.$executeRaw`
          UPDATE tenant_users
          SET password_hash = ${passwordHash}, session_version = session_version + 1, updated_at = now()
          WHERE id = ${owner.userId}::uuid AND tenant_id = ${owner.tenantId}::uuid AND deleted_at IS NULL`;
  return changed === 1;
}

/** An audit row for a change to an account's password, as the system service that made it. */
export async function auditPasswordEvent(
  db: ScopedDb,
  event: {
    action: "auth.password_changed" | "auth.password_reset" | "auth.password_reset_requested";
    purpose: string;
    owner: PasswordOwner;
    actingUserId: string | null;
    changedFields: string[];
    ip: string | null;
  },
): Promise<void> {
  const { owner } = event;
  const entity = owner.userType === "platform" ? "platform_user" : "tenant_user";
  const tenantId = owner.userType === "tenant" ? owner.tenantId : null;
  await db.$executeRaw`
    INSERT INTO audit_logs (actor_user_type, actor_user_id, purpose, tenant_id, action, entity, entity_id, changed_fields, ip)
    VALUES ('system', ${event.actingUserId}::uuid, ${event.purpose}, ${tenantId}::uuid, ${event.action},
      ${entity}, ${owner.userId}::uuid, ${event.changedFields}::text[], ${event.ip}::inet)`;
}
