import type { PlatformSessionClaims } from "../session";
import { withCurrentCode } from "./code-protected";
import { auditMfaEvent } from "./mfa-audit";
import { defaultMfaDependencies, type MfaDependencies } from "./mfa-dependencies";

export type DisableResult =
  { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Turns the second factor off (secret and recovery codes gone); needs a current code. */
export async function disableMfa(
  claims: PlatformSessionClaims,
  code: string,
  ip: string | null,
  deps: MfaDependencies = defaultMfaDependencies(),
): Promise<DisableResult> {
  const result = await withCurrentCode(
    { claims, code, ip, during: "disable" },
    deps,
    async (db, spent) => {
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
        metadata: { with: spent },
        changedFields: ["totp_secret", "totp_enabled_at"],
      });
    },
  );
  return result.ok ? { ok: true } : result;
}
