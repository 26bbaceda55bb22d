import type { PlatformSessionClaims } from "../session";
import { withCurrentCode } from "./code-protected";
import { auditMfaEvent } from "./mfa-audit";
import { defaultMfaDependencies, type MfaDependencies } from "./mfa-dependencies";
import { replaceRecoveryCodes } from "./recovery-code-store";
import { newRecoveryCodes } from "./recovery-codes";

export type NewRecoveryCodesResult =
  | { readonly ok: true; readonly recoveryCodes: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Ten fresh recovery codes (shown once) for someone who used or lost theirs; the old ones stop
 * working. Needs a current code, like turning the factor off.
 */
export async function replaceStaffRecoveryCodes(
  claims: PlatformSessionClaims,
  code: string,
  ip: string | null,
  deps: MfaDependencies = defaultMfaDependencies(),
): Promise<NewRecoveryCodesResult> {
  const recoveryCodes = newRecoveryCodes();
  const result = await withCurrentCode(
    { claims, code, ip, during: "new-recovery-codes" },
    deps,
    async (db) => {
      await replaceRecoveryCodes(db, claims.userId, recoveryCodes);
      await auditMfaEvent(db, {
        action: "auth.mfa_recovery_codes_replaced",
        purpose: "mfa",
        userId: claims.userId,
        ip,
      });
    },
  );
  return result.ok ? { ok: true, recoveryCodes } : result;
}
