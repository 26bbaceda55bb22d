import { createDatabase, type Database } from "@aizalo/db";
import { createTestDatabase, type TestDatabase } from "@aizalo/db/testing";
import pg from "pg";
import type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "../auth/session";
import { ApiUsageLog } from "../api-usage";
import { rootLogger } from "../logger";
import { createMutationRateLimit, type MutationRateLimit } from "../rate-limit/mutation-limit";
import { createContext, type Context } from "../trpc/context";

/** Two seeded businesses: A's people call the API, B's rows are what they must not reach. */
export const BUSINESS_A = "jacaranda-homes";
export const BUSINESS_B = "pwani-breeze";

export type PersonName =
  | "platform owner"
  | "platform admin"
  | "sales rep"
  | "support"
  | "tenant owner"
  | "tenant admin"
  | "tenant staff"
  | "tenant viewer"
  | "anonymous"
  | "impersonating owner (read-only)"
  | "impersonating owner (changes allowed)";

export interface ApiWorld {
  testDb: TestDatabase;
  /** Owner role: arranges fixtures and checks what was really stored (bypasses RLS). */
  owner: pg.Client;
  /** The app role's pool for the rate-limit counters, as production's default store. */
  rateLimitPool: pg.Pool;
  database: Database;
  usageLog: ApiUsageLog;
  sessions: Record<PersonName, SessionClaims | null>;
  tenantA: { id: string; subdomain: string };
  tenantB: { id: string; subdomain: string };
  /** A context as the HTTP handler builds it, for `person`, against this world's database. */
  contextFor(person: PersonName, overrides?: { mutationRateLimit?: MutationRateLimit }): Context;
  close(): Promise<void>;
}

export async function createApiWorld(): Promise<ApiWorld> {
  const testDb = await createTestDatabase();
  const owner = new pg.Client({ connectionString: testDb.ownerUrl });
  await owner.connect();
  const database = createDatabase({
    connection: { appUrl: testDb.appUrl, poolSize: 4, connectTimeoutMs: 5_000 },
    transactionTimeoutMs: 10_000,
    transactionMaxWaitMs: 10_000,
    preparedStatements: true,
  });
  const rateLimitPool = new pg.Pool({ connectionString: testDb.appUrl, max: 2 });
  const usageLog = new ApiUsageLog(database, rootLogger, { flushIntervalMs: 50 });
  // Generous, but on PostgreSQL: every test exercises the store production uses by default.
  const roomyLimit = createMutationRateLimit(
    { points: 100_000, durationSeconds: 60 },
    { kind: "postgres", pool: rateLimitPool },
  );

  const tenant = async (subdomain: string) => {
    const { rows } = await owner.query("SELECT id FROM tenants WHERE subdomain = $1", [subdomain]);
    return { id: String(rows[0].id), subdomain };
  };
  const tenantA = await tenant(BUSINESS_A);
  const tenantB = await tenant(BUSINESS_B);
  const platform = async (account: string, role: PlatformSessionClaims["role"]) => {
    const { rows } = await owner.query("SELECT id FROM platform_users WHERE email = $1", [
      `${account}@demo.aizalo.test`,
    ]);
    return { userType: "platform", userId: String(rows[0].id), role, sessionVersion: 1 } as const;
  };
  const member = async (role: TenantSessionClaims["role"]): Promise<TenantSessionClaims> => {
    const { rows } = await owner.query(
      "SELECT id FROM tenant_users WHERE tenant_id = $1 AND email = $2",
      [tenantA.id, `${role}@${BUSINESS_A}.demo.aizalo.test`],
    );
    return { userType: "tenant", userId: String(rows[0].id), role, ...claimsOf(tenantA) };
  };
  const platformOwner = await platform("owner", "owner");
  const impersonation = async (allowChanges: boolean): Promise<TenantSessionClaims> => {
    // As the platform owner, the one actor allowed to start a "login as tenant".
    const row = await database.runUnitOfWork(
      { type: "platform", userId: platformOwner.userId, role: "owner" },
      (db) =>
        db.impersonationSession.create({
          data: {
            ownerId: platformOwner.userId,
            tenantId: tenantA.id,
            reason: "Customer asked for help with their campaign settings",
            allowChanges,
            expiresAt: new Date(Date.now() + 30 * 60_000),
          },
        }),
    );
    return {
      userType: "tenant",
      userId: platformOwner.userId,
      role: allowChanges ? "admin" : "viewer",
      impersonatorId: platformOwner.userId,
      impersonationSessionId: row.id,
      ...claimsOf(tenantA),
    };
  };

  const sessions: ApiWorld["sessions"] = {
    "platform owner": platformOwner,
    "platform admin": await platform("admin", "admin"),
    "sales rep": await platform("sales.nairobi", "sales"),
    support: await platform("support", "support"),
    "tenant owner": await member("owner"),
    "tenant admin": await member("admin"),
    "tenant staff": await member("staff"),
    "tenant viewer": await member("viewer"),
    anonymous: null,
    "impersonating owner (read-only)": await impersonation(false),
    "impersonating owner (changes allowed)": await impersonation(true),
  };

  return {
    testDb,
    owner,
    rateLimitPool,
    database,
    usageLog,
    sessions,
    tenantA,
    tenantB,
    contextFor(person, overrides = {}) {
      return createContext({
        session: sessions[person],
        requestId: `test-${person.replace(/\W+/g, "-")}`,
        ip: "197.232.10.4",
        userAgent: "vitest",
        database,
        usageLog,
        mutationRateLimit: overrides.mutationRateLimit ?? roomyLimit,
      });
    },
    async close() {
      await usageLog.flush();
      await database.disconnect();
      await rateLimitPool.end();
      await owner.end();
      await testDb.drop();
    },
  };
}

function claimsOf(tenant: { id: string; subdomain: string }) {
  return { tenantId: tenant.id, subdomain: tenant.subdomain, sessionVersion: 1 };
}
