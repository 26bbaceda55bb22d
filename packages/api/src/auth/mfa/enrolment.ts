import QRCode from "qrcode";
import { addressKey } from "../account-key";
import type { PlatformSessionClaims } from "../session";
import { lockedOutMessage } from "../sign-in-result";
import { mfaLimitKey } from "./code-protected";
import { auditMfaEvent } from "./mfa-audit";
import { defaultMfaDependencies, type MfaDependencies } from "./mfa-dependencies";
import { replaceRecoveryCodes } from "./recovery-code-store";
import { newRecoveryCodes } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { matchingStep, newTotpSecret, totpFor } from "./totp";

export interface EnrolmentStart {
  /** For the authenticator app: the otpauth:// URI, as a QR code and as text to type in. */
  readonly uri: string;
  readonly qrDataUrl: string;
  readonly secret: string;
}

export type EnrolmentResult =
  | { readonly ok: true; readonly recoveryCodes: readonly string[] }
  | { readonly ok: false; readonly message: string };

export const ALREADY_ENROLLED_MESSAGE = "Two-step sign-in is already on for this account.";
export const WRONG_ENROLMENT_CODE_MESSAGE =
  "That code does not match. Check the time on your phone and enter the newest code.";

/** The person's own account, as the "mfa" service acting for them (like password changes). */
const actorFor = (claims: PlatformSessionClaims) =>
  ({ type: "system", purpose: "mfa", actingUserId: claims.userId }) as const;

/**
 * Step one: a new secret, stored encrypted but not yet enabled, so a half-finished enrolment
 * never locks anyone out. Starting again replaces it.
 */
export async function startEnrolment(
  claims: PlatformSessionClaims,
  deps: MfaDependencies = defaultMfaDependencies(),
): Promise<EnrolmentStart | null> {
  const secret = newTotpSecret();
  const email = await deps.database.runUnitOfWork(actorFor(claims), async (db) => {
    const [user] = await db.$queryRaw<{ email: string }[]>`
      UPDATE platform_users SET totp_secret = ${sealSecret(secret, deps.encryptionKey, claims.userId)}
      WHERE id = ${claims.userId}::uuid AND totp_enabled_at IS NULL AND deleted_at IS NULL
      RETURNING email::text`;
    return user?.email ?? null;
  });
  if (!email) return null;
  const uri = totpFor(secret, email).toString();
  return { uri, secret, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) };
}

/**
 * Step two: a valid code from the app proves it holds the secret; only then is the factor on.
 * Returns the ten recovery codes, which are shown this once and stored only as hashes. Wrong
 * codes count against the account like wrong passwords (a stolen session cannot try all
 * million codes) and are audited as auth.mfa_failed; the failure that crosses the limit also
 * as auth.locked_out.
 */
export async function confirmEnrolment(
  claims: PlatformSessionClaims,
  code: string,
  ip: string | null,
  deps: MfaDependencies = defaultMfaDependencies(),
): Promise<EnrolmentResult> {
  const limitKey = mfaLimitKey(claims, deps);
  const address = addressKey(ip, deps.accountKeySecret);
  const lockout = await deps.limits.lockoutFor(limitKey, address);
  if (lockout) return { ok: false, message: lockedOutMessage(lockout.retryAfterSeconds) };

  const recoveryCodes = newRecoveryCodes();
  const result = await deps.database.runUnitOfWork(actorFor(claims), async (db) => {
    const [user] = await db.$queryRaw<{ totp_secret: string | null; enabled: boolean }[]>`
      SELECT totp_secret, totp_enabled_at IS NOT NULL AS enabled FROM platform_users
      WHERE id = ${claims.userId}::uuid AND deleted_at IS NULL FOR UPDATE`;
    if (user?.enabled) return { ok: false, message: ALREADY_ENROLLED_MESSAGE } as const;
    const secret =
      user?.totp_secret && openSecret(user.totp_secret, deps.encryptionKey, claims.userId);
    const step = secret ? matchingStep(secret, code.replace(/\s/g, ""), deps.now()) : null;
    if (step === null) return null;
    await db.$executeRaw`
      UPDATE platform_users SET totp_enabled_at = now(), totp_last_used_step = ${step}::bigint
      WHERE id = ${claims.userId}::uuid`;
    await replaceRecoveryCodes(db, claims.userId, recoveryCodes);
    await auditMfaEvent(db, {
      action: "auth.mfa_enabled",
      purpose: "mfa",
      userId: claims.userId,
      ip,
      changedFields: ["totp_secret", "totp_enabled_at"],
    });
    return { ok: true, recoveryCodes } as const;
  });
  if (result) {
    if (result.ok) await deps.limits.recordSuccess(limitKey);
    return result;
  }
  const started = await deps.limits.recordFailure(limitKey, address);
  await deps.database.runUnitOfWork(actorFor(claims), async (db) => {
    await auditMfaEvent(db, {
      action: "auth.mfa_failed",
      purpose: "mfa",
      userId: claims.userId,
      ip,
      metadata: { during: "enrolment" },
    });
    for (const lockout of started) {
      await auditMfaEvent(db, {
        action: "auth.locked_out",
        purpose: "mfa",
        userId: claims.userId,
        ip,
        metadata: {
          during: "enrolment",
          limit: lockout.limit,
          lockedForSeconds: String(lockout.retryAfterSeconds),
        },
      });
    }
  });
  return { ok: false, message: WRONG_ENROLMENT_CODE_MESSAGE };
}
