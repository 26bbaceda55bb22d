import type { ScopedDb } from "@aizalo/db";
import { rootLogger } from "../../logger";
import { looksLikeRecoveryCode, recoveryCodeHash } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchingStep } from "./totp";

export type SecondFactorKind = "totp" | "recovery-code";

/**
 * Checks and spends a TOTP code or a recovery code of an enrolled staff member, in the caller's
 * unit of work. Spending is one conditional UPDATE: a step at or before the last accepted one
 * is a replay, and a used recovery code no longer matches, so two concurrent attempts with the
 * same code cannot both succeed.
 */
export async function spendSecondFactor(
  db: ScopedDb,
  userId: string,
  code: string,
  key: Buffer,
  now: number,
): Promise<SecondFactorKind | null> {
  const input = code.trim();
  if (looksLikeRecoveryCode(input)) {
    const spent = await db.$executeRaw`
      UPDATE staff_recovery_codes SET used_at = now()
      WHERE platform_user_id = ${userId}::uuid AND code_hash = ${recoveryCodeHash(input)}
        AND used_at IS NULL`;
    return spent === 1 ? "recovery-code" : null;
  }
  const [row] = await db.$queryRaw<{ totp_secret: string | null }[]>`
    SELECT totp_secret FROM platform_users
    WHERE id = ${userId}::uuid AND totp_enabled_at IS NOT NULL AND deleted_at IS NULL`;
  if (!row?.totp_secret) return null;
  const secret = openedSecret(row.totp_secret, key, userId);
  const step = secret === null ? null : matchingStep(secret, input.replace(/\s/g, ""), now);
  if (step === null) return null;
  const spent = await db.$executeRaw`
    UPDATE platform_users SET totp_last_used_step = ${step}::bigint
    WHERE id = ${userId}::uuid AND totp_enabled_at IS NOT NULL
      AND (totp_last_used_step IS NULL OR totp_last_used_step < ${step}::bigint)`;
  return spent === 1 ? "totp" : null;
}

/**
 * A secret that no longer opens (MFA_ENCRYPTION_KEY changed) fails like a wrong code, loudly in
 * the logs, so the person can still get in with a recovery code rather than hit an error page.
 */
function openedSecret(sealed: string, key: Buffer, userId: string): string | null {
  try {
    return openSecret(sealed, key, userId);
  } catch (error) {
    rootLogger.error({ err: error, userId }, "a TOTP secret does not open with MFA_ENCRYPTION_KEY");
    return null;
  }
}
