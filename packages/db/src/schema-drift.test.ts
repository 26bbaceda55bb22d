import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { describeDrift, type Datamodel } from "./schema-drift";
import { loadDatamodel, readDatabaseShape } from "./schema-drift-sources";
import { createTestDatabase, testServers } from "./testing";

let datamodel: Datamodel;
beforeAll(async () => {
  datamodel = await loadDatamodel();
});

// schema.prisma must mirror the migrated database exactly (tables, columns, types,
// nullability, enum values) on every PostgreSQL major version we support.
describe.each(testServers())("schema.prisma on $name (PostgreSQL $majorVersion)", (server) => {
  it("matches the migrated database", async () => {
    const database = await createTestDatabase(server.name);
    const client = new pg.Client({ connectionString: database.ownerUrl });
    try {
      await client.connect();
      const shape = await readDatabaseShape(client);
      expect(shape.tables.length).toBeGreaterThan(30);
      expect(describeDrift(datamodel, shape)).toEqual([]);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});

// The primary server is DATABASE_URL's (CI: PostgreSQL 15); the harness adds an embedded 18.
it("runs on PostgreSQL 18 besides the primary server", () => {
  expect(testServers().map((server) => server.majorVersion)).toContain(18);
});
