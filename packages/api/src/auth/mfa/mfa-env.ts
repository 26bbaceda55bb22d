import { z } from "zod";

/**
 * The development key of TOTP secrets at rest (32 bytes, base64), documented in .env.example.
 * Production refuses to start without its own MFA_ENCRYPTION_KEY.
 */
export const DEVELOPMENT_MFA_ENCRYPTION_KEY = "YWl6YWxvLWRldmVsb3BtZW50LW1mYS1rZXktMzJieXQ=";

const mfaEnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  MFA_ENCRYPTION_KEY: z.base64().optional(),
});

function readMfaEnv(source: NodeJS.ProcessEnv) {
  return mfaEnvSchema.parse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
}

/** The AES-256 key of TOTP secrets: exactly 32 bytes, or the process does not start. */
export function mfaEncryptionKey(source: NodeJS.ProcessEnv = process.env): Buffer {
  const env = readMfaEnv(source);
  if (!env.MFA_ENCRYPTION_KEY && env.NODE_ENV === "production") {
    throw new Error("MFA_ENCRYPTION_KEY must be set in production");
  }
  const key = Buffer.from(env.MFA_ENCRYPTION_KEY ?? DEVELOPMENT_MFA_ENCRYPTION_KEY, "base64");
  if (key.length !== 32) throw new Error("MFA_ENCRYPTION_KEY must be 32 bytes, base64-encoded");
  return key;
}

/**
 * Whether platform owners and admins must have a second factor before reaching /admin:
 * REQUIRE_STAFF_MFA when set, else on in production only (the demo deploy sets it to false).
 * Read per call (so a test can set it) but only these two variables: walking all of
 * process.env on every request was a measurable part of an API call's CPU (pnpm bench:http).
 */
export function staffMfaRequired(source: NodeJS.ProcessEnv = process.env): boolean {
  const setting = source.REQUIRE_STAFF_MFA;
  if (setting === "true" || setting === "false") return setting === "true";
  if (setting !== undefined && setting !== "") {
    throw new Error(`REQUIRE_STAFF_MFA must be "true" or "false", not ${JSON.stringify(setting)}`);
  }
  return source.NODE_ENV === "production";
}
