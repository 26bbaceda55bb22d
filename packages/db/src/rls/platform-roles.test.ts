import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs } from "./as-actor";
import { allTables } from "./tables";
import { useWorld } from "./world";

/**
 * Reset tokens are a system service's alone; recovery codes also their staff member's (the
 * world's one is rep1's). Nobody else, the owner included, reads them.
 */
const SYSTEM_ONLY = new Set(["password_resets", "staff_recovery_codes"]);

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "platform staff and services on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);

    it.each(["owner", "admin"] as const)(
      "the platform %s sees every row of every table",
      async (role) => {
        const settings = actor.platform(role, h.world.platform[role]);
        for (const table of await allTables(h.owner)) {
          const stored = await h.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
          const expected = SYSTEM_ONLY.has(table) ? 0 : stored.rows[0].n;
          expect(await countAs(h.app, settings, table), table).toBe(expected);
        }
      },
    );

    it("a named system service sees every row; without a purpose it sees none", async () => {
      for (const table of await allTables(h.owner)) {
        const stored = await h.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect(await countAs(h.app, actor.system("provisioning"), table), table).toBe(
          stored.rows[0].n,
        );
      }
      expect(await countAs(h.app, { userType: "system" }, "tenants")).toBe(0);
    });

    it("the owner writes everywhere a tenant user does, for any tenant", async () => {
      const owner = actor.platform("owner", h.world.platform.owner);
      const sql = "UPDATE customers SET tags = '{checked}' WHERE tenant_id = ANY ($1::uuid[])";
      expect((await asActor(h.app, owner, sql, [[h.world.a.id, h.world.b.id]])).rowCount).toBe(4);
    });

    it("only the owner starts a login-as-tenant session; an admin reads them", async () => {
      const sql = `INSERT INTO impersonation_sessions (owner_id, tenant_id, reason, expires_at)
                   VALUES ($1, $2, 'Checking invoices', now() + interval '30 minutes')`;
      const params = [h.world.platform.owner, h.world.a.id];
      expect(
        (await asActor(h.app, actor.platform("owner", h.world.platform.owner), sql, params))
          .rowCount,
      ).toBe(1);
      const admin = actor.platform("admin", h.world.platform.admin);
      await expect(asActor(h.app, admin, sql, params)).rejects.toMatchObject({ code: "42501" });
      const stored = await h.owner.query("SELECT count(*)::int AS n FROM impersonation_sessions");
      expect(await countAs(h.app, admin, "impersonation_sessions")).toBe(stored.rows[0].n);
    });

    it("the tenant's owner and admin see who impersonated them; staff do not", async () => {
      const a = h.world.a;
      expect(
        await countAs(h.app, actor.tenant(a.id, a.users.owner, "owner"), "impersonation_sessions"),
      ).toBe(1);
      expect(
        await countAs(h.app, actor.tenant(a.id, a.users.admin, "admin"), "impersonation_sessions"),
      ).toBe(1);
      expect(
        await countAs(h.app, actor.tenant(a.id, a.users.staff, "staff"), "impersonation_sessions"),
      ).toBe(0);
    });

    it("feature flags: the global defaults and the actor's own tenant's overrides", async () => {
      const flags = (settings: Parameters<typeof countAs>[1]) =>
        asActor<{ tenant_id: string | null }>(
          h.app,
          settings,
          "SELECT tenant_id FROM feature_flags WHERE key LIKE $1",
          [`%${h.world.suffix}`],
        );
      const a = h.world.a;
      const seenByA = (await flags(actor.tenant(a.id, a.users.viewer, "viewer"))).rows.map(
        (row) => row.tenant_id,
      );
      expect(seenByA.sort()).toEqual([a.id, null].sort());
      const seenByVisitor = (await flags(actor.visitor(a.id))).rows.map((row) => row.tenant_id);
      expect(seenByVisitor.sort()).toEqual([a.id, null].sort());
      const seenByRep = (await flags(actor.platform("sales", h.world.platform.rep1))).rows.map(
        (row) => row.tenant_id,
      );
      expect(seenByRep).toEqual([null]);
      expect((await flags(actor.platform("admin", h.world.platform.admin))).rowCount).toBe(4);
      expect((await flags(null)).rowCount).toBe(0);
      const toggle =
        "UPDATE feature_flags SET enabled = true WHERE tenant_id IS NULL AND key LIKE $1";
      expect(
        (
          await asActor(h.app, actor.tenant(a.id, a.users.owner, "owner"), toggle, [
            `%${h.world.suffix}`,
          ])
        ).rowCount,
      ).toBe(0);
    });

    it("platform settings are the owner's and admins' alone", async () => {
      expect(
        await countAs(h.app, actor.platform("admin", h.world.platform.admin), "platform_settings"),
      ).toBeGreaterThan(0);
      expect(
        await countAs(h.app, actor.platform("sales", h.world.platform.rep1), "platform_settings"),
      ).toBe(0);
      expect(
        await countAs(
          h.app,
          actor.platform("support", h.world.platform.support),
          "platform_settings",
        ),
      ).toBe(0);
      expect(
        await countAs(
          h.app,
          actor.tenant(h.world.a.id, h.world.a.users.owner, "owner"),
          "platform_settings",
        ),
      ).toBe(0);
    });

    it("staff read their own profile only, and cannot change their own role", async () => {
      const rep = actor.platform("sales", h.world.platform.rep1);
      const mine = await asActor<{ id: string }>(h.app, rep, "SELECT id FROM platform_users");
      expect(mine.rows.map((row) => row.id)).toEqual([h.world.platform.rep1]);
      const rename = "UPDATE platform_users SET full_name = 'Rep One' WHERE id = ANY ($1::uuid[])";
      expect(
        (await asActor(h.app, rep, rename, [[h.world.platform.rep1, h.world.platform.rep2]]))
          .rowCount,
      ).toBe(1);
      await expect(
        asActor(h.app, rep, "UPDATE platform_users SET role = 'admin' WHERE id = $1", [
          h.world.platform.rep1,
        ]),
      ).rejects.toMatchObject({ code: "42501" });
    });
  },
);
