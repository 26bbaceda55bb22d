import { appUrlFor, readDatabaseEnv, withDatabaseName, type DatabaseEnv } from "../config";
import { startEmbeddedPostgres, type EmbeddedServer } from "../embedded";
import { DEV_DATA_DIR } from "./paths";

/** The development database's name inside the embedded server. */
export const EMBEDDED_DATABASE = "aizalo";

export interface TargetDatabase {
  /** Owner role: migrations and seed only. */
  readonly ownerUrl: string;
  /** The app role, as the apps connect. */
  readonly appUrl: string;
  /** Set when DATABASE_APP_URL is derived: the runner gives the app role this password. */
  readonly appPassword: string | undefined;
  readonly embedded: EmbeddedServer | undefined;
  readonly env: DatabaseEnv;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL's database when set; otherwise the embedded PostgreSQL whose data lives in
 * `.data/postgres` at the repository root (started here, stopped by `stop()`).
 */
export async function openTargetDatabase(
  log: (line: string) => void = () => {},
): Promise<TargetDatabase> {
  const env = readDatabaseEnv();
  let embedded: EmbeddedServer | undefined;
  let ownerUrl = env.DATABASE_URL;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: DEV_DATA_DIR,
      port: env.EMBEDDED_PG_PORT,
      persistent: true,
      onLog: (line) => {
        if (/error|fatal|panic/i.test(line)) log(`postgres: ${line}`);
      },
    });
    ownerUrl = withDatabaseName(embedded.serverUrl, EMBEDDED_DATABASE);
  }
  const derived = !env.DATABASE_APP_URL;
  return {
    ownerUrl,
    appUrl: env.DATABASE_APP_URL ?? appUrlFor(ownerUrl, env.DATABASE_APP_PASSWORD),
    appPassword: derived ? env.DATABASE_APP_PASSWORD : undefined,
    embedded,
    env,
    stop: async () => {
      await embedded?.stop();
    },
  };
}
