import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { readDatabaseEnv, withDatabaseName } from "../config";
import { findFreePort, startEmbeddedPostgres, type EmbeddedServer } from "../embedded";
import { connectOwner } from "../setup/connect";
import { migrateDatabase } from "../setup/migrate";
import { seedDemoData } from "../seed";
import type { TestServer } from "./context";

const TARGET_MAJOR_VERSIONS = [15, 18];

/**
 * Vitest global setup: real PostgreSQL for every test file. Uses DATABASE_URL's server when set
 * (CI: the machine's PostgreSQL 15), else an embedded PostgreSQL 18, and also starts an embedded
 * 18 beside a 15 so schema checks run on both. Each server gets a migrated, seeded template that
 * test files clone into databases of their own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = readDatabaseEnv();
  const embedded: EmbeddedServer[] = [];
  const servers: TestServer[] = [];

  const primaryUrl = env.DATABASE_URL
    ? withDatabaseName(env.DATABASE_URL, "postgres")
    : (await startTestCluster(embedded)).serverUrl;
  servers.push(await prepareServer("primary", primaryUrl, env.DATABASE_APP_PASSWORD));

  if (!TARGET_MAJOR_VERSIONS.every((major) => servers.some((s) => s.majorVersion === major))) {
    if (!servers.some((s) => s.majorVersion === 18)) {
      const pg18 = await startTestCluster(embedded);
      servers.push(await prepareServer("embedded-18", pg18.serverUrl, env.DATABASE_APP_PASSWORD));
    }
  }

  project.provide("aizaloTestDatabases", { servers, appPassword: env.DATABASE_APP_PASSWORD });

  return async () => {
    // Each run has its own template, so two test runs on one server never drop each other's.
    for (const server of servers) await dropTemplate(server).catch(() => {});
    for (const server of embedded) await server.stop();
  };
}

async function startTestCluster(started: EmbeddedServer[]): Promise<EmbeddedServer> {
  const parent = mkdtempSync(path.join(os.tmpdir(), "aizalo-test-pg-"));
  // mkdtemp makes the folder 0700; as root, PostgreSQL runs as the `postgres` user and must enter it.
  chmodSync(parent, 0o755);
  const dataDir = path.join(parent, "data");
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    persistent: false,
  });
  started.push(server);
  return server;
}

async function prepareServer(
  name: string,
  serverUrl: string,
  appPassword: string,
): Promise<TestServer> {
  const templateDatabase = `aizalo_test_template_${randomBytes(4).toString("hex")}`;
  const admin = await connectOwner(serverUrl);
  let majorVersion: number;
  try {
    const version = await admin.query<{ server_version_num: string }>("SHOW server_version_num");
    majorVersion = Math.floor(Number(version.rows[0]?.server_version_num) / 10_000);
    await admin.query(`CREATE DATABASE ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  const templateUrl = withDatabaseName(serverUrl, templateDatabase);
  await migrateDatabase(templateUrl, { appPassword });
  await seedDemoData(templateUrl);
  return { name, serverUrl, majorVersion, templateDatabase };
}

async function dropTemplate(server: TestServer): Promise<void> {
  const admin = await connectOwner(server.serverUrl);
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${server.templateDatabase} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
