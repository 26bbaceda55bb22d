import { accountKey, addressKey } from "../account-key";
import type { PlatformSessionClaims } from "../session";
import { lockedOutMessage, WRONG_CODE_MESSAGE } from "../sign-in-result";
import { auditMfaEvent } from "./mfa-audit";
import { defaultMfaDependencies, type MfaDependencies } from "./mfa-dependencies";
import { spendSecondFactor } from "./second-factor";

export type DisableResult =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

/**
 * Turning the second factor off needs a current code (or a recovery code): a session left open
 * on a shared computer must not be enough. Wrong codes count like wrong passwords.
 */
export async function disableMfa(
  claims: PlatformSessionClaims,
  code: string,
  ip: string | null,
  deps: MfaDependencies = defaultMfaDependencies(),
): Promise<DisableResult> {
  const limitKey = accountKey({ kind: "platform" }, `mfa:${claims.userId}`, deps.accountKeySecret);
  const address = addressKey(ip, deps.accountKeySecret);
  const lockout = await deps.limits.lockoutFor(limitKey, address);
  if (lockout) return { ok: false, message: lockedOutMessage(lockout.retryAfterSeconds) };

  const actor = { type: "system", purpose: "mfa", actingUserId: claims.userId } as const;
  const disabled = await deps.database.runUnitOfWork(actor, async (db) => {
    const kind = await spendSecondFactor(db, claims.userId, code, deps.encryptionKey, deps.now());
    if (!kind) return false;
    await db.$executeRaw`
      UPDATE platform_users
      SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_used_step = NULL
      WHERE id = ${claims.userId}::uuid`;
    await db.$executeRaw`
      DELETE FROM staff_recovery_codes WHERE platform_user_id = ${claims.userId}::uuid`;
    await auditMfaEvent(db, {
      action: "auth.mfa_disabled",
      purpose: "mfa",
      userId: claims.userId,
      ip,
      metadata: { with: kind },
      changedFields: ["totp_secret", "totp_enabled_at"],
    });
    return true;
  });
  if (disabled) {
    await deps.limits.recordSuccess(limitKey);
    return { ok: true };
  }
  await deps.limits.recordFailure(limitKey, address);
  await deps.database.runUnitOfWork(actor, (db) =>
    auditMfaEvent(db, {
      action: "auth.mfa_failed",
      purpose: "mfa",
      userId: claims.userId,
      ip,
      metadata: { during: "disable" },
    }),
  );
  return { ok: false, message: WRONG_CODE_MESSAGE };
}
