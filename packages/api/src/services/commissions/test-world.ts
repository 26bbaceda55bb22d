import { createDatabase, type Database, type ScopedDb } from "@aizalo/db";
import { createTestDatabase, type TestDatabase } from "@aizalo/db/testing";
import pg from "pg";

/**
 * A database of the test file's own with reps and businesses the file controls: the seeded
 * sales reps are switched off, so leaderboards hold only the reps a test creates.
 */
export interface CommissionWorld {
  testDb: TestDatabase;
  owner: pg.Client;
  database: Database;
  platformOwnerId: string;
  asOwner<T>(work: (db: ScopedDb) => Promise<T>): Promise<T>;
  asRep<T>(repId: string, work: (db: ScopedDb) => Promise<T>): Promise<T>;
  /** A new sales rep with rates (percent) in force from 2019-01-01. */
  addRep(fullName: string, rates?: { setup: string; recurring: string }): Promise<string>;
  tenantId(subdomain: string): Promise<string>;
  assign(tenantId: string, repId: string | null): Promise<void>;
  close(): Promise<void>;
}

export async function createCommissionWorld(): Promise<CommissionWorld> {
  const testDb = await createTestDatabase();
  const owner = new pg.Client({ connectionString: testDb.ownerUrl });
  await owner.connect();
  const database = createDatabase({
    connection: { appUrl: testDb.appUrl, poolSize: 2, connectTimeoutMs: 5_000 },
    transactionTimeoutMs: 10_000,
    transactionMaxWaitMs: 10_000,
    preparedStatements: true,
  });
  await owner.query("UPDATE platform_users SET is_active = false WHERE role = 'sales'");
  const { rows } = await owner.query<{ id: string }>(
    "SELECT id FROM platform_users WHERE role = 'owner' ORDER BY created_at LIMIT 1",
  );
  const platformOwnerId = rows[0]?.id ?? "";
  let reps = 0;

  return {
    testDb,
    owner,
    database,
    platformOwnerId,
    asOwner: (work) =>
      database.runUnitOfWork({ type: "platform", userId: platformOwnerId, role: "owner" }, work),
    asRep: (repId, work) =>
      database.runUnitOfWork({ type: "platform", userId: repId, role: "sales" }, work),
    async addRep(fullName, rates) {
      reps += 1;
      const { rows: inserted } = await owner.query<{ id: string }>(
        `INSERT INTO platform_users (email, full_name, role) VALUES ($1, $2, 'sales') RETURNING id`,
        [`rep${reps}.${Date.now()}@commissions.test`, fullName],
      );
      const id = inserted[0]?.id ?? "";
      if (rates) {
        await owner.query(
          `INSERT INTO sales_commission_rates (sales_rep_id, setup_rate, recurring_rate, effective_from)
           VALUES ($1, $2, $3, '2019-01-01T00:00:00+03:00')`,
          [id, rates.setup, rates.recurring],
        );
      }
      return id;
    },
    async tenantId(subdomain) {
      const { rows: found } = await owner.query<{ id: string }>(
        "SELECT id FROM tenants WHERE subdomain = $1",
        [subdomain],
      );
      return found[0]?.id ?? "";
    },
    async assign(tenantId, repId) {
      await owner.query("UPDATE tenants SET assigned_sales_rep_id = $2 WHERE id = $1", [
        tenantId,
        repId,
      ]);
    },
    async close() {
      await database.disconnect();
      await owner.end();
      await testDb.drop();
    },
  };
}
