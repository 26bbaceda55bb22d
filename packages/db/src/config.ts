import { z } from "zod";

/**
 * The database package's one typed view of the environment. Every number that sizes the pool
 * or a transaction is set here on purpose (ISOLATION.md): pg's pool has no connect timeout by
 * default, and a unit of work holds its connection until COMMIT, so it has a time limit
 * (DB_TRANSACTION_TIMEOUT_MS) and a limit on waiting for a free connection (…_MAX_WAIT_MS).
 */
const databaseEnvSchema = z.object({
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  DATABASE_APP_PASSWORD: z.string().min(8).default("aizalo-app-dev-password"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  DB_TRANSACTION_MAX_WAIT_MS: z.coerce.number().int().min(100).default(2_000),
  DB_PREPARED_STATEMENTS: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
});

export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

export function readDatabaseEnv(source: NodeJS.ProcessEnv = process.env): DatabaseEnv {
  const result = databaseEnvSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid database environment: ${problems.join("; ")}`);
  }
  return result.data;
}

/** The PostgreSQL role the apps connect as: NOSUPERUSER NOBYPASSRLS, created by migration 0001. */
export const APP_ROLE = "aizalo_app";

/**
 * DATABASE_APP_URL when set; otherwise DATABASE_URL with the app role's name and
 * DATABASE_APP_PASSWORD (DESIGN.md "Running it").
 */
export function appUrlFor(ownerUrl: string, appPassword: string): string {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = appPassword;
  return url.toString();
}

export function withDatabaseName(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** For messages: the URL without its password. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
