import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { asActor, countAs } from "./as-actor";
import { useWorld } from "./world";

/** Sign-in runs before any session exists: through these two functions, as the bare app role. */
describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "sign-in lookups on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const platformLookup = (email: string) =>
      asActor(h.app, null, "SELECT * FROM app.platform_user_for_sign_in($1)", [email]);
    const tenantLookup = (subdomain: string, email: string) =>
      asActor(h.app, null, "SELECT * FROM app.tenant_user_for_sign_in($1, $2)", [subdomain, email]);

    it("the tables themselves stay closed without a session", async () => {
      expect(await countAs(h.app, null, "platform_users")).toBe(0);
      expect(await countAs(h.app, null, "tenant_users")).toBe(0);
    });

    it("finds a platform user by email, case-insensitively, with only what sign-in needs", async () => {
      const result = await platformLookup(`OWNER.${h.world.suffix}@Aizalo.TEST`);
      expect(result.rows).toEqual([
        {
          id: h.world.platform.owner,
          password_hash: "$argon2id$fixture",
          role: "owner",
          is_active: true,
          session_version: 1,
          totp_enabled: false,
        },
      ]);
    });

    it("finds the tenant user of that subdomain only, though the email exists in every tenant", async () => {
      const { a, b } = h.world;
      const inA = await tenantLookup(a.subdomain.toUpperCase(), "Staff@Example.test");
      expect(inA.rows).toEqual([
        expect.objectContaining({
          id: a.users.staff,
          tenant_id: a.id,
          role: "staff",
          subscription_status: "active",
          is_demo: false,
        }),
      ]);
      expect((await tenantLookup(b.subdomain, "staff@example.test")).rows[0]?.id).toBe(
        b.users.staff,
      );
      expect((await tenantLookup(a.subdomain, "nobody@example.test")).rowCount).toBe(0);
      expect(Object.keys(inA.rows[0] ?? {}).sort()).toEqual([
        "demo_expires_at",
        "id",
        "is_active",
        "is_demo",
        "password_hash",
        "role",
        "session_version",
        "subscription_status",
        "tenant_id",
      ]);
    });

    it("reports a suspended tenant's status so sign-in can refuse it", async () => {
      const result = await tenantLookup(h.world.closed.subdomain, "owner@example.test");
      expect(result.rows[0]).toMatchObject({
        tenant_id: h.world.closed.id,
        subscription_status: "suspended",
      });
    });

    it("deleted users and deleted tenants do not exist for sign-in", async () => {
      const { a, b, platform } = h.world;
      await h.owner.query("UPDATE platform_users SET deleted_at = now() WHERE id = $1", [
        platform.support,
      ]);
      await h.owner.query("UPDATE tenant_users SET deleted_at = now() WHERE id = $1", [
        a.users.viewer,
      ]);
      await h.owner.query("UPDATE tenants SET deleted_at = now() WHERE id = $1", [b.id]);
      expect((await platformLookup(`support.${h.world.suffix}@aizalo.test`)).rowCount).toBe(0);
      expect((await tenantLookup(a.subdomain, "viewer@example.test")).rowCount).toBe(0);
      expect((await tenantLookup(b.subdomain, "owner@example.test")).rowCount).toBe(0);
      expect((await tenantLookup(a.subdomain, "owner@example.test")).rowCount).toBe(1);
    });
  },
);
