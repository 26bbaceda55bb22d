import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const TOTP_SETTINGS = { issuer: "Aizalo", algorithm: "SHA1", digits: 6, period: 30 } as const;

/** A new shared secret: 160 bits, the size RFC 4226 recommends, as base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secretBase32: string, label = "staff"): TOTP {
  return new TOTP({ ...TOTP_SETTINGS, label, secret: Secret.fromBase32(secretBase32) });
}

/**
 * The time step a code belongs to, within one step either side of now (clock drift and a code
 * typed as it changes), or null. The caller stores the step so the code cannot be used again.
 */
export function matchingStep(secretBase32: string, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpFor(secretBase32);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}
