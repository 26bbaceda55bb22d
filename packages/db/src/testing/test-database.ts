import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { appUrlFor, withDatabaseName } from "../config";
import { connectOwner } from "../setup/connect";
import type { TestServer } from "./context";

export interface TestDatabase {
  readonly name: string;
  readonly server: TestServer;
  /** Owner role: bypasses RLS. For arranging fixtures and asserting what is really stored. */
  readonly ownerUrl: string;
  /** The app role (NOSUPERUSER NOBYPASSRLS), as the apps connect. */
  readonly appUrl: string;
  drop(): Promise<void>;
}

export function testServers(): readonly TestServer[] {
  return inject("aizaloTestDatabases").servers;
}

/**
 * A database of this test file's own, cloned from the migrated and seeded template, so test
 * files never see each other's writes. Call in beforeAll and drop in afterAll.
 */
export async function createTestDatabase(serverName = "primary"): Promise<TestDatabase> {
  const context = inject("aizaloTestDatabases");
  const server = context.servers.find((candidate) => candidate.name === serverName);
  if (!server) throw new Error(`No test server named ${serverName}`);
  const name = `aizalo_test_${randomBytes(6).toString("hex")}`;
  const admin = await connectOwner(server.serverUrl);
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${server.templateDatabase}`);
  } finally {
    await admin.end();
  }
  const ownerUrl = withDatabaseName(server.serverUrl, name);
  return {
    name,
    server,
    ownerUrl,
    appUrl: appUrlFor(ownerUrl, context.appPassword),
    async drop() {
      const cleanup = await connectOwner(server.serverUrl);
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
