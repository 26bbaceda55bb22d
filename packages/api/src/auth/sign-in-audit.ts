import type { Database } from "@aizalo/db";
import type { SignInScope } from "./account-key";
import type { SignInLimit } from "./sign-in-limits";

/** Why an attempt failed, for the audit trail only: people always see the generic message. */
export type SignInFailureReason =
  | "unknown_account"
  | "no_password"
  | "wrong_password"
  | "inactive"
  | "business_suspended"
  | "business_closed"
  | "second_factor_required"
  | "wrong_code"
  | "locked_out";

export interface SignInAuditEvent {
  readonly scope: SignInScope;
  /** The keyed hash of scope + email (account-key.ts): never the email itself. */
  readonly account: string;
  readonly address: string | null;
  readonly userId?: string | undefined;
  readonly tenantId?: string | undefined;
}

type Writer = Pick<Database, "runUnitOfWork">;

export function recordSignInFailure(
  database: Writer,
  event: SignInAuditEvent,
  reason: SignInFailureReason,
): Promise<void> {
  return writeAuditRow(database, "auth.sign_in_failed", event, { reason });
}

export function recordLockout(
  database: Writer,
  event: SignInAuditEvent,
  lockout: { limit: SignInLimit; retryAfterSeconds: number },
): Promise<void> {
  return writeAuditRow(database, "auth.locked_out", event, {
    limit: lockout.limit,
    lockedForSeconds: lockout.retryAfterSeconds,
  });
}

/**
 * One append-only row per event, as the "sign-in" service (no session exists yet). Written
 * without RETURNING: audit_logs is insert-only for the app role. Changed fields stay empty
 * (nothing changed); metadata names the scope and the account by its hash.
 */
async function writeAuditRow(
  database: Writer,
  action: string,
  event: SignInAuditEvent,
  details: Record<string, string | number>,
): Promise<void> {
  const metadata = JSON.stringify({
    scope: event.scope.kind,
    ...(event.scope.kind === "tenant" && { subdomain: event.scope.subdomain }),
    account: event.account,
    ...details,
  });
  const entity = event.scope.kind === "platform" ? "platform_user" : "tenant_user";
  await database.runUnitOfWork(
    { type: "system", purpose: "sign-in" },
    (db) =>
      db.$executeRaw`
      INSERT INTO audit_logs (actor_user_type, purpose, tenant_id, action, entity, entity_id, metadata, ip)
      VALUES ('system', 'sign-in', ${event.tenantId ?? null}::uuid, ${action}, ${entity},
        ${event.userId ?? null}::uuid, ${metadata}::jsonb, ${event.address}::inet)`,
  );
}
