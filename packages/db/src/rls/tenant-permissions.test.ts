import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState, type ActorSettings } from "./as-actor";
import type { TenantFixture } from "./fixtures";
import { cloneRow, insertCloneSql, staffHasByDefault, TENANT_TABLES } from "./tables";
import { useWorld } from "./world";

type Member = "owner" | "admin" | "staff" | "settingsStaff" | "teamStaff" | "viewer";

const ROLE_OF: Record<Member, "owner" | "admin" | "staff" | "viewer"> = {
  owner: "owner",
  admin: "admin",
  staff: "staff",
  settingsStaff: "staff",
  teamStaff: "staff",
  viewer: "viewer",
};

/** What DESIGN.md grants: owner/admin all, staff defaults plus their extra permission, viewer none. */
function mayWrite(member: Member, permission: string): boolean {
  if (member === "owner" || member === "admin") return true;
  if (member === "viewer") return false;
  if (member === "settingsStaff" && permission === "settings.write") return true;
  if (member === "teamStaff" && permission === "team.manage") return true;
  return staffHasByDefault(permission);
}

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "tenant permissions on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const as = (tenant: TenantFixture, member: Member): ActorSettings =>
      actor.tenant(tenant.id, tenant.users[member], ROLE_OF[member]);
    const members = Object.keys(ROLE_OF) as Member[];

    describe.each(TENANT_TABLES)(
      "$table ($permission)",
      ({ table, permission, readNeedsPermission, deleteNeedsOwnerOrAdmin }) => {
        it.each(members)(
          "%s reads every row of its tenant (or none when reading needs the permission)",
          async (member) => {
            const total = await h.owner.query(
              `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`,
              [h.world.a.id],
            );
            const expected =
              readNeedsPermission && !mayWrite(member, permission) ? 0 : total.rows[0].n;
            expect(total.rows[0].n).toBeGreaterThan(0);
            expect(await countAs(h.app, as(h.world.a, member), table)).toBe(expected);
          },
        );

        it.each(members)("%s writes only with the permission", async (member) => {
          const settings = as(h.world.a, member);
          const allowed = mayWrite(member, permission);
          // Never the actor's own tenant_users row: everyone may edit their own profile.
          const where =
            table === "tenant_users"
              ? "tenant_id = $1 AND id <> $2 AND role <> 'owner'"
              : "tenant_id = $1";
          const params =
            table === "tenant_users" ? [h.world.a.id, h.world.a.users[member]] : [h.world.a.id];

          const row = await cloneRow(h.owner, table, where, params);
          const insert = asActor(h.app, settings, insertCloneSql(table), [row]);
          if (!allowed) await expectSqlState(insert, DENIED);
          else if (table === "tenant_websites")
            await expectSqlState(insert, "23505"); // one site per tenant: past RLS
          else expect((await insert).rowCount).toBe(1);

          const update = await asActor(
            h.app,
            settings,
            `UPDATE ${table} SET tenant_id = tenant_id WHERE ${where}`,
            params,
          );
          const remove = await asActor(
            h.app,
            settings,
            `DELETE FROM ${table} WHERE ${where}`,
            params,
          );
          expect(update.rowCount! > 0, `update by ${member}`).toBe(allowed);
          const mayDelete =
            allowed && (!deleteNeedsOwnerOrAdmin || member === "owner" || member === "admin");
          expect(remove.rowCount! > 0, `delete by ${member}`).toBe(mayDelete);
        });
      },
    );

    it("staff without settings.write cannot change a setting; with it they can", async () => {
      const sql = `UPDATE tenant_settings SET value = '{"mon": "7-19"}' WHERE tenant_id = $1 AND key = 'opening_hours'`;
      expect((await asActor(h.app, as(h.world.a, "staff"), sql, [h.world.a.id])).rowCount).toBe(0);
      expect(
        (await asActor(h.app, as(h.world.a, "settingsStaff"), sql, [h.world.a.id])).rowCount,
      ).toBe(1);
    });

    it("a deactivated or deleted user keeps no write rights, whatever the session says", async () => {
      await h.owner.query("UPDATE tenant_users SET is_active = false WHERE id = $1", [
        h.world.b.users.admin,
      ]);
      await h.owner.query("UPDATE tenant_users SET deleted_at = now() WHERE id = $1", [
        h.world.b.users.staff,
      ]);
      const sql = "UPDATE customers SET tags = '{vip}' WHERE tenant_id = $1";
      expect((await asActor(h.app, as(h.world.b, "admin"), sql, [h.world.b.id])).rowCount).toBe(0);
      expect((await asActor(h.app, as(h.world.b, "staff"), sql, [h.world.b.id])).rowCount).toBe(0);
      expect((await asActor(h.app, as(h.world.b, "owner"), sql, [h.world.b.id])).rowCount).toBe(2);
    });

    it("a session claiming a higher role than the user's row gets the row's rights", async () => {
      const claimsOwner = actor.tenant(h.world.a.id, h.world.a.users.viewer, "owner");
      const sql = "UPDATE customers SET tags = '{vip}' WHERE tenant_id = $1";
      expect((await asActor(h.app, claimsOwner, sql, [h.world.a.id])).rowCount).toBe(0);
    });

    it("a user id from another tenant gets no write rights in this one", async () => {
      const stranger = actor.tenant(h.world.a.id, h.world.b.users.owner, "owner");
      const sql = "UPDATE customers SET tags = '{vip}' WHERE tenant_id = $1";
      expect((await asActor(h.app, stranger, sql, [h.world.a.id])).rowCount).toBe(0);
    });
  },
);
