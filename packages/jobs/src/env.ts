import { z } from "zod";

/** The role every app process connects as (packages/db migration 0001). */
const APP_ROLE = "aizalo_app";

const jobsEnvSchema = z.object({
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  DATABASE_APP_PASSWORD: z.string().min(8).default("aizalo-app-dev-password"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
});

export type JobsEnv = z.infer<typeof jobsEnvSchema> & { appUrl: string };

/**
 * The worker's one view of the environment. The app-role URL is derived from DATABASE_URL the
 * same way @aizalo/db derives it (DESIGN.md "Running it"): pg-boss needs the URL itself, not a
 * Prisma client.
 */
export function readJobsEnv(source: NodeJS.ProcessEnv = process.env): JobsEnv {
  const result = jobsEnvSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid worker environment: ${problems.join("; ")}`);
  }
  const env = result.data;
  const appUrl = env.DATABASE_APP_URL ?? derivedAppUrl(env.DATABASE_URL, env.DATABASE_APP_PASSWORD);
  if (!appUrl) {
    throw new Error(
      "No database configured: set DATABASE_APP_URL or DATABASE_URL (pnpm dev sets both)",
    );
  }
  return { ...env, appUrl };
}

function derivedAppUrl(ownerUrl: string | undefined, password: string): string | undefined {
  if (!ownerUrl) return undefined;
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}
