import type pg from "pg";
import { describe, expect, it } from "vitest";
import { APP_ROLE } from "../config";
import { testServers } from "../testing";
import { useWorld } from "./world";

/** Readable by anyone on purpose (global website templates); the runner's table is not the app's. */
const RLS_EXEMPT = ["pgmigrations", "website_templates", "website_sections"];

/** Tables of schema public that lack RLS enabled and forced. */
async function tablesWithoutForcedRls(client: pg.Client, withTenantId: boolean): Promise<string[]> {
  const result = await client.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) = $1
       AND c.relname <> ALL ($2)
     ORDER BY 1`,
    [withTenantId, withTenantId ? [] : RLS_EXEMPT],
  );
  return result.rows.map((row) => row.relname);
}

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "schema introspection on %s (PostgreSQL %i)",
  (serverName) => {
    // The world's fixtures are not needed here, only a database of this file's own.
    const h = useWorld(serverName);

    it("every table with a tenant_id has RLS enabled and forced", async () => {
      expect(await tablesWithoutForcedRls(h.owner, true)).toEqual([]);
    });

    it("every other table but the exempt ones has RLS enabled and forced", async () => {
      expect(await tablesWithoutForcedRls(h.owner, false)).toEqual([]);
    });

    it("every table with RLS has at least one policy", async () => {
      const result = await h.owner.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relrowsecurity
           AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)`,
      );
      expect(result.rows).toEqual([]);
    });

    it("a table added later without RLS is caught, though the app role can already read it", async () => {
      await h.owner.query(
        "CREATE TABLE future_notes (id uuid PRIMARY KEY, tenant_id uuid NOT NULL)",
      );
      try {
        expect(await tablesWithoutForcedRls(h.owner, true)).toEqual(["future_notes"]);
        const privilege = await h.owner.query(
          "SELECT has_table_privilege($1, 'future_notes', 'SELECT') AS ok",
          [APP_ROLE],
        );
        expect(privilege.rows[0].ok).toBe(true);
      } finally {
        await h.owner.query("DROP TABLE future_notes");
      }
    });

    it("the app role is no superuser, cannot bypass RLS and owns nothing", async () => {
      const role = await h.owner.query(
        "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1",
        [APP_ROLE],
      );
      expect(role.rows).toEqual([
        { rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false },
      ]);
      const owned = await h.owner.query(
        `SELECT relname AS name FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
         UNION ALL SELECT proname FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
         UNION ALL SELECT nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
        [APP_ROLE],
      );
      expect(owned.rows).toEqual([]);
    });

    it("the app role cannot TRUNCATE (which ignores RLS) and has nothing on the migrations table", async () => {
      const result = await h.owner.query(
        `SELECT c.relname, has_table_privilege($1, c.oid, 'TRUNCATE') AS truncate,
                has_table_privilege($1, c.oid, 'SELECT') AS select
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
        [APP_ROLE],
      );
      expect(result.rows.filter((row) => row.truncate)).toEqual([]);
      expect(result.rows.find((row) => row.relname === "pgmigrations")).toMatchObject({
        select: false,
      });
      expect(result.rows.filter((row) => row.relname !== "pgmigrations" && !row.select)).toEqual(
        [],
      );
    });

    it("logs are insert-only for the app role", async () => {
      for (const table of ["audit_logs", "api_usage", "system_logs"]) {
        const result = await h.owner.query(
          `SELECT has_table_privilege($1, $2, 'INSERT') AS insert, has_table_privilege($1, $2, 'UPDATE') AS update,
                  has_table_privilege($1, $2, 'DELETE') AS delete`,
          [APP_ROLE, table],
        );
        expect(result.rows[0], table).toEqual({ insert: true, update: false, delete: false });
      }
    });

    it("SECURITY DEFINER functions pin an empty search_path and are not executable by PUBLIC", async () => {
      const result = await h.owner.query<{
        proname: string;
        proconfig: string[] | null;
        public_exec: boolean;
      }>(
        `SELECT p.proname, p.proconfig,
                has_function_privilege('public', p.oid, 'EXECUTE') AS public_exec
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE p.prosecdef`,
      );
      expect(result.rows.length).toBeGreaterThan(0);
      for (const fn of result.rows) {
        expect(fn.proconfig, fn.proname).toContain('search_path=""');
        expect(fn.public_exec, fn.proname).toBe(false);
      }
    });

    it("views run with the caller's rights, and no materialized view (which RLS cannot filter) is the app's", async () => {
      const result = await h.owner.query(
        `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public'
           AND ((c.relkind = 'v' AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), false))
             OR (c.relkind = 'm' AND has_table_privilege($1, c.oid, 'SELECT')))`,
        [APP_ROLE],
      );
      expect(result.rows).toEqual([]);
    });
  },
);
