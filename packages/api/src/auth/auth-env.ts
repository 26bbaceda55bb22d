import { z } from "zod";

/**
 * What the sign-in services read from the environment. The web app's env module validates the
 * same AUTH_SECRET (and refuses to start in production without it); this package reads it
 * for the keyed hashes of accounts so its services also run outside Next (scripts, tests).
 */
const authEnvSchema = z.object({
  NODE_ENV: z.string().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  REDIS_URL: z.url().optional(),
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  DATABASE_APP_PASSWORD: z.string().min(8).default("aizalo-app-dev-password"),
});

export type AuthEnv = z.infer<typeof authEnvSchema>;

/** The development default of AUTH_SECRET, documented in .env.example; never used in production. */
export const DEVELOPMENT_AUTH_SECRET = "aizalo-development-secret-not-for-production-use";

export function readAuthEnv(source: NodeJS.ProcessEnv = process.env): AuthEnv {
  return authEnvSchema.parse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
}

export function authSecret(env: AuthEnv = readAuthEnv()): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production");
  return DEVELOPMENT_AUTH_SECRET;
}

/**
 * The app role's URL, as @aizalo/db derives it (DATABASE_APP_URL, else DATABASE_URL with the
 * role `aizalo_app`): the rate-limit table is written with plain statements on a small pool of
 * its own, outside units of work, because it holds no tenant data.
 */
export function appRoleUrl(env: AuthEnv = readAuthEnv()): string {
  if (env.DATABASE_APP_URL) return env.DATABASE_APP_URL;
  if (!env.DATABASE_URL) {
    throw new Error("No database configured: set DATABASE_APP_URL or DATABASE_URL");
  }
  const url = new URL(env.DATABASE_URL);
  url.username = "aizalo_app";
  url.password = env.DATABASE_APP_PASSWORD;
  return url.toString();
}
