import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createDatabase, type Database } from "@aizalo/db";
import { createTestDatabase, type TestDatabase } from "@aizalo/db/testing";
import { verifyPassword } from "./passwords";
import type { RateLimitStore } from "./rate-limit";
import type { SignInDependencies } from "./sign-in-dependencies";
import { createSignInLimits, type SignInLimits } from "./sign-in-limits";

/** Every demo user's password (packages/db/src/seed/accounts.ts). */
export const DEMO_PASSWORD = "Karibu-Aizalo-254";
export const platformEmail = (account: string) => `${account}@demo.aizalo.test`;
export const tenantEmail = (subdomain: string, role: string) =>
  `${role}@${subdomain}.demo.aizalo.test`;

export interface AuthTestHarness {
  /** Owner role: arranges fixtures and reads what was really stored, past RLS. */
  owner: pg.Client;
  database: Database;
  store: RateLimitStore;
  /** Sign-in dependencies on this file's database, with a password check that counts its calls. */
  deps(overrides?: Partial<SignInDependencies>): SignInDependencies;
  passwordChecks: { count: number };
  limits(rules?: Parameters<typeof createSignInLimits>[1]): SignInLimits;
}

/** A seeded database of this test file's own, the app role's client on it, and a PostgreSQL store. */
export function useAuthTestHarness(): AuthTestHarness {
  let testDatabase: TestDatabase;
  let pool: pg.Pool;
  const passwordChecks = { count: 0 };
  const harness = { passwordChecks } as AuthTestHarness;

  beforeAll(async () => {
    testDatabase = await createTestDatabase();
    harness.owner = new pg.Client({ connectionString: testDatabase.ownerUrl });
    await harness.owner.connect();
    harness.database = createDatabase({
      connection: { appUrl: testDatabase.appUrl, poolSize: 4, connectTimeoutMs: 5_000 },
      transactionTimeoutMs: 10_000,
      transactionMaxWaitMs: 5_000,
      preparedStatements: true,
    });
    pool = new pg.Pool({ connectionString: testDatabase.appUrl, max: 2 });
    harness.store = { kind: "postgres", pool };
    const sharedLimits = createSignInLimits(harness.store);
    harness.limits = (rules) => createSignInLimits(harness.store, rules);
    harness.deps = (overrides = {}) => ({
      database: harness.database,
      limits: sharedLimits,
      accountKeySecret: "test-secret-for-account-hashes-0123456789",
      verifyPassword: (passwordHash, password) => {
        passwordChecks.count += 1;
        return verifyPassword(passwordHash, password);
      },
      ...overrides,
    });
  });

  afterAll(async () => {
    await harness.database?.disconnect();
    await pool?.end();
    await harness.owner?.end();
    await testDatabase?.drop();
  });

  return harness;
}

/** Audit rows with this action from one client address (each test uses its own), oldest first. */
export async function auditRows(owner: pg.Client, action: string, ip: string) {
  const result = await owner.query<{
    actor_user_type: string;
    actor_user_id: string | null;
    purpose: string;
    tenant_id: string | null;
    entity: string;
    entity_id: string | null;
    changed_fields: string[];
    metadata: Record<string, unknown>;
    ip: string | null;
  }>(
    `SELECT actor_user_type, actor_user_id, purpose, tenant_id, entity, entity_id, changed_fields,
            metadata, host(ip) AS ip
     FROM audit_logs WHERE action = $1 AND ip = $2::inet ORDER BY id`,
    [action, ip],
  );
  return result.rows;
}
