import { z } from "zod";

/**
 * A production server, as opposed to `next build` (which also runs with NODE_ENV=production
 * but must work without runtime secrets) or development and tests.
 */
export function runsProductionServer(source: NodeJS.ProcessEnv = process.env): boolean {
  return source.NODE_ENV === "production" && source.NEXT_PHASE !== "phase-production-build";
}

const HOW_TO_MAKE_ONE = "generate one with `openssl rand -base64 32`";

/**
 * MFA_ENCRYPTION_KEY: 32 bytes, base64. Required in production, where the development default
 * (published in .env.example) would let anyone with a database copy read the TOTP secrets.
 */
export function mfaEncryptionKeySchema(required: boolean) {
  const key = z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is required in production (the key of staff TOTP secrets); ${HOW_TO_MAKE_ONE}`
          : "must be a string",
    })
    .refine(
      (value) => z.base64().safeParse(value).success && Buffer.from(value, "base64").length === 32,
      `must be 32 random bytes, base64-encoded; ${HOW_TO_MAKE_ONE}`,
    );
  return required ? key : key.optional();
}
