import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { mfaEncryptionKeySchema, runsProductionServer } from "./env-rules";

/**
 * The web app's one view of its environment. The database package reads its own variables
 * (DATABASE_URL and friends); only what this app decides lives here.
 */
export const env = createEnv({
  server: {
    /** Where published websites are served; a business's site is `<subdomain>.` + this host. */
    SITES_ORIGIN: z.url().default("http://localhost:3001"),
    /**
     * Signs and encrypts session cookies. Optional here so `next build` runs without it; a
     * production server without it refuses every sign-in (src/auth.ts), development falls
     * back to a fixed, documented value.
     */
    AUTH_SECRET: z.string().min(32).optional(),
    /**
     * How many proxies in front of the app append to X-Forwarded-For (0: none, the app faces
     * clients). Decides which address sign-in attempts are counted against.
     */
    TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * This app's public origin. Reset links are built on it, never on the request's Host
     * header, which a stranger could set to their own site to catch the token.
     */
    WEB_ORIGIN: z.url().default("http://localhost:3000"),
    /** Rate-limit counters in Redis instead of PostgreSQL (read by @aizalo/api). */
    REDIS_URL: z.url().optional(),
    /**
     * The key of staff TOTP secrets at rest (read by @aizalo/api). Required by a production
     * server, checked when it starts (src/instrumentation.ts), not at the first enrolment.
     */
    MFA_ENCRYPTION_KEY: mfaEncryptionKeySchema(runsProductionServer()),
  },
  experimental__runtimeEnv: {},
  emptyStringAsUndefined: true,
  // One error naming every variable and what is wrong with it, so the server log says it all.
  onValidationError(issues) {
    const lines = issues.map((issue) => {
      const name = issue.path?.map((part) => (typeof part === "object" ? part.key : part));
      return `- ${name?.join(".") ?? "environment"}: ${issue.message}`;
    });
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  },
});
