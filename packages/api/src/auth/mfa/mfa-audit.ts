import type { ScopedDb } from "@aizalo/db";

export type MfaAuditAction =
  | "auth.mfa_enabled"
  | "auth.mfa_disabled"
  | "auth.mfa_failed"
  | "auth.mfa_recovery_codes_replaced"
  | "auth.locked_out";

/**
 * One audit row about a staff member's second factor, written by the system service that acted
 * ("sign-in" or "mfa") for that person. Never the code itself, only which kind was tried.
 */
export async function auditMfaEvent(
  db: ScopedDb,
  event: {
    action: MfaAuditAction;
    purpose: "sign-in" | "mfa";
    userId: string;
    ip: string | null;
    metadata?: Record<string, string>;
    changedFields?: string[];
  },
): Promise<void> {
  const metadata = JSON.stringify({ scope: "platform", ...event.metadata });
  // Before sign-in completes nobody is acting yet: the person is the entity, not the actor.
  const actor = event.purpose === "sign-in" ? null : event.userId;
  await db.$executeRaw`
    INSERT INTO audit_logs (actor_user_type, actor_user_id, purpose, action, entity, entity_id, changed_fields, metadata, ip)
    VALUES ('system', ${actor}::uuid, ${event.purpose}, ${event.action}, 'platform_user',
      ${event.userId}::uuid, ${event.changedFields ?? []}::text[], ${metadata}::jsonb, ${event.ip}::inet)`;
}
