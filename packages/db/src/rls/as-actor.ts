import { expect } from "vitest";
import type pg from "pg";

/** The `app.*` settings of one unit of work; absent values become '' as in the unit of work. */
export interface ActorSettings {
  tenantId?: string;
  userId?: string;
  userType?: "platform" | "tenant" | "public" | "system";
  role?: string;
  impersonatorId?: string;
  purpose?: string;
}

export const actor = {
  platform: (role: "owner" | "admin" | "sales" | "support", userId: string): ActorSettings => ({
    userType: "platform",
    role,
    userId,
  }),
  tenant: (
    tenantId: string,
    userId: string,
    role: "owner" | "admin" | "staff" | "viewer",
  ): ActorSettings => ({
    userType: "tenant",
    tenantId,
    userId,
    role,
  }),
  /** "Login as tenant": user id and impersonator are both the platform owner's id. */
  impersonating: (tenantId: string, ownerId: string, role: "viewer" | "admin"): ActorSettings => ({
    userType: "tenant",
    tenantId,
    userId: ownerId,
    role,
    impersonatorId: ownerId,
  }),
  visitor: (tenantId: string): ActorSettings => ({ userType: "public", tenantId }),
  system: (purpose: string): ActorSettings => ({ userType: "system", purpose }),
};

/**
 * Runs one statement as the app role inside BEGIN; set_config(...); ...; ROLLBACK (or COMMIT),
 * the way a unit of work does. `null` settings skip set_config entirely (a fresh connection).
 */
export async function asActor<R extends pg.QueryResultRow = pg.QueryResultRow>(
  client: pg.Client,
  settings: ActorSettings | null,
  sql: string,
  params: unknown[] = [],
  options: { commit?: boolean } = {},
): Promise<pg.QueryResult<R>> {
  await client.query("BEGIN");
  try {
    if (settings) {
      await client.query(
        `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true),
                set_config('app.user_type', $3, true), set_config('app.role', $4, true),
                set_config('app.impersonator_id', $5, true), set_config('app.purpose', $6, true)`,
        [
          settings.tenantId ?? "",
          settings.userId ?? "",
          settings.userType ?? "",
          settings.role ?? "",
          settings.impersonatorId ?? "",
          settings.purpose ?? "",
        ],
      );
    }
    const result = await client.query<R>(sql, params);
    await client.query(options.commit ? "COMMIT" : "ROLLBACK");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Counts rows of a table (optionally filtered) as an actor. */
export async function countAs(
  client: pg.Client,
  settings: ActorSettings | null,
  table: string,
  where = "true",
  params: unknown[] = [],
): Promise<number> {
  const result = await asActor<{ n: number }>(
    client,
    settings,
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return result.rows[0]?.n ?? -1;
}

/** Expects the statement to fail with this SQLSTATE (42501 denied, 23503 foreign key, ...). */
export async function expectSqlState(promise: Promise<unknown>, sqlState: string): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `expected SQLSTATE ${sqlState}, but the statement succeeded`).toBeDefined();
  expect((error as { code?: string }).code, String(error)).toBe(sqlState);
}

export const DENIED = "42501";
export const FOREIGN_KEY_VIOLATION = "23503";
