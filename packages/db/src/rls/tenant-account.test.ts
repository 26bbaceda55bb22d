import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, DENIED, expectSqlState } from "./as-actor";
import { useWorld } from "./world";

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "a tenant's own account on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const a = () => h.world.a;
    const member = (
      key: keyof typeof h.world.a.users,
      role: "owner" | "admin" | "staff" | "viewer",
    ) => actor.tenant(a().id, a().users[key], role);

    describe("the tenants row", () => {
      it("owner and admin change the business phone; staff and viewer cannot", async () => {
        const sql = "UPDATE tenants SET phone = '+254722000111' WHERE id = $1";
        expect((await asActor(h.app, member("owner", "owner"), sql, [a().id])).rowCount).toBe(1);
        expect((await asActor(h.app, member("admin", "admin"), sql, [a().id])).rowCount).toBe(1);
        expect((await asActor(h.app, member("staff", "staff"), sql, [a().id])).rowCount).toBe(0);
        expect((await asActor(h.app, member("viewer", "viewer"), sql, [a().id])).rowCount).toBe(0);
      });

      it.each([
        ["monthly_fee", "0"],
        ["subscription_status", "trial"],
        ["subscription_plan", "growth"],
        ["subdomain", "taken-over"],
        ["tier", "3"],
        ["is_demo", "true"],
        ["deleted_at", "2026-01-01"],
        ["trial_ends_at", "2030-01-01"],
        ["suspended_at", "2026-01-01"],
      ])("the owner cannot change %s (42501)", async (column, value) => {
        const sql = `UPDATE tenants SET ${column} = $2 WHERE id = $1`;
        await expectSqlState(
          asActor(h.app, member("owner", "owner"), sql, [a().id, value]),
          DENIED,
        );
      });

      it("the owner cannot reassign the sales rep or support, even to themselves", async () => {
        for (const column of [
          "assigned_sales_rep_id",
          "assigned_support_id",
          "onboarded_by",
          "created_by",
        ]) {
          const sql = `UPDATE tenants SET ${column} = $2 WHERE id = $1`;
          await expectSqlState(
            asActor(h.app, member("owner", "owner"), sql, [a().id, h.world.platform.rep2]),
            DENIED,
          );
        }
      });

      it("the refusal names the columns", async () => {
        const sql = "UPDATE tenants SET monthly_fee = 1, phone = '+254722000112' WHERE id = $1";
        await expect(asActor(h.app, member("owner", "owner"), sql, [a().id])).rejects.toThrow(
          /monthly_fee/,
        );
      });

      it("the platform admin and a system service change the fee", async () => {
        const sql = "UPDATE tenants SET monthly_fee = 6000 WHERE id = $1";
        expect(
          (await asActor(h.app, actor.platform("admin", h.world.platform.admin), sql, [a().id]))
            .rowCount,
        ).toBe(1);
        expect((await asActor(h.app, actor.system("billing"), sql, [a().id])).rowCount).toBe(1);
      });
    });

    describe("tenant_users", () => {
      it("anyone edits their own profile; a viewer cannot edit a colleague's", async () => {
        const sql = "UPDATE tenant_users SET full_name = 'New Name' WHERE id = $1";
        expect(
          (await asActor(h.app, member("viewer", "viewer"), sql, [a().users.viewer])).rowCount,
        ).toBe(1);
        expect(
          (await asActor(h.app, member("staff", "staff"), sql, [a().users.staff])).rowCount,
        ).toBe(1);
        expect(
          (await asActor(h.app, member("viewer", "viewer"), sql, [a().users.staff])).rowCount,
        ).toBe(0);
      });

      it("nobody raises their own role or permissions, even with team.manage", async () => {
        await expectSqlState(
          asActor(
            h.app,
            member("staff", "staff"),
            "UPDATE tenant_users SET role = 'admin' WHERE id = $1",
            [a().users.staff],
          ),
          DENIED,
        );
        await expectSqlState(
          asActor(
            h.app,
            member("teamStaff", "staff"),
            "UPDATE tenant_users SET permissions = '{settings.write}' WHERE id = $1",
            [a().users.teamStaff],
          ),
          DENIED,
        );
      });

      it("team.manage changes a colleague's permissions and deactivates them", async () => {
        const sql =
          "UPDATE tenant_users SET permissions = '{website.edit}', is_active = false WHERE id = $1";
        expect(
          (await asActor(h.app, member("teamStaff", "staff"), sql, [a().users.staff])).rowCount,
        ).toBe(1);
      });

      it("only an owner touches an owner's access or makes an owner", async () => {
        const deactivateOwner = "UPDATE tenant_users SET is_active = false WHERE id = $1";
        await expectSqlState(
          asActor(h.app, member("admin", "admin"), deactivateOwner, [a().users.owner]),
          DENIED,
        );
        await expectSqlState(
          asActor(h.app, member("admin", "admin"), "DELETE FROM tenant_users WHERE id = $1", [
            a().users.owner,
          ]),
          DENIED,
        );
        const promote = "UPDATE tenant_users SET role = 'owner' WHERE id = $1";
        await expectSqlState(
          asActor(h.app, member("admin", "admin"), promote, [a().users.staff]),
          DENIED,
        );
        expect(
          (await asActor(h.app, member("owner", "owner"), promote, [a().users.staff])).rowCount,
        ).toBe(1);
      });

      it("nobody changes a colleague's email or password, not even the owner", async () => {
        for (const column of ["password_hash", "email"]) {
          const sql = `UPDATE tenant_users SET ${column} = 'taken@over.test' WHERE id = $1`;
          await expectSqlState(
            asActor(h.app, member("teamStaff", "staff"), sql, [a().users.owner]),
            DENIED,
          );
          await expectSqlState(
            asActor(h.app, member("owner", "owner"), sql, [a().users.staff]),
            DENIED,
          );
          expect(
            (await asActor(h.app, member("staff", "staff"), sql, [a().users.staff])).rowCount,
          ).toBe(1);
        }
      });

      it("a session version never goes down", async () => {
        await h.owner.query("UPDATE tenant_users SET session_version = 3 WHERE id = $1", [
          a().users.viewer,
        ]);
        const sql = "UPDATE tenant_users SET session_version = $2 WHERE id = $1";
        await expectSqlState(
          asActor(h.app, member("viewer", "viewer"), sql, [a().users.viewer, 1]),
          DENIED,
        );
        expect(
          (await asActor(h.app, member("viewer", "viewer"), sql, [a().users.viewer, 4])).rowCount,
        ).toBe(1);
      });
    });

    describe("login as tenant", () => {
      const ownerId = () => h.world.platform.owner;
      const addCustomer = "INSERT INTO customers (tenant_id, phone) VALUES ($1, '+254733000999')";

      it("read-only impersonation reads the tenant and writes nothing", async () => {
        const viewer = actor.impersonating(a().id, ownerId(), "viewer");
        expect((await asActor(h.app, viewer, "SELECT id FROM customers")).rowCount).toBe(2);
        await expectSqlState(asActor(h.app, viewer, addCustomer, [a().id]), DENIED);
      });

      it("admin impersonation writes only when the session allowed changes", async () => {
        await expectSqlState(
          asActor(h.app, actor.impersonating(a().id, ownerId(), "admin"), addCustomer, [a().id]),
          DENIED,
        );
        const b = h.world.b;
        expect(
          (await asActor(h.app, actor.impersonating(b.id, ownerId(), "admin"), addCustomer, [b.id]))
            .rowCount,
        ).toBe(1);
      });

      it("an ended impersonation session grants nothing more", async () => {
        const b = h.world.b;
        await h.owner.query(
          "UPDATE impersonation_sessions SET ended_at = now() WHERE tenant_id = $1",
          [b.id],
        );
        await expectSqlState(
          asActor(h.app, actor.impersonating(b.id, ownerId(), "admin"), addCustomer, [b.id]),
          DENIED,
        );
        await h.owner.query(
          "UPDATE impersonation_sessions SET ended_at = NULL WHERE tenant_id = $1",
          [b.id],
        );
      });

      it("an admin (not the owner) cannot impersonate", async () => {
        const b = h.world.b;
        const admin = actor.impersonating(b.id, h.world.platform.admin, "admin");
        await expectSqlState(asActor(h.app, admin, addCustomer, [b.id]), DENIED);
      });
    });
  },
);
