import { z } from "zod";

/**
 * The API package's one typed view of the environment (the database's own lives in @aizalo/db).
 * Read once, on first use, so importing the package never fails a build step that lacks them.
 */
const apiEnvSchema = z.object({
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Changes one person may make per window: generous for people, tight for a runaway script. */
  MUTATION_RATE_LIMIT_POINTS: z.coerce.number().int().min(1).default(120),
  MUTATION_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** The web app's public origin: invitation links are built on it, never on a request's Host. */
  WEB_ORIGIN: z.url().default("http://localhost:3000"),
  /**
   * A direct connection as the app role for the real-time inbox's one LISTEN per process: LISTEN
   * does not survive a transaction-mode pooler. Unset: the app role's URL (DATABASE_APP_URL...).
   */
  DATABASE_LISTEN_URL: z.url().optional(),
});

export type ApiEnv = z.infer<typeof apiEnvSchema>;

let cached: ApiEnv | undefined;

export function apiEnv(): ApiEnv {
  cached ??= apiEnvSchema.parse(
    Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")),
  );
  return cached;
}
