import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState } from "./as-actor";
import { allTables, cloneRow, insertCloneSql, TENANT_TABLES } from "./tables";
import { useWorld } from "./world";

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "tenant isolation on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const ownerOfA = () => actor.tenant(h.world.a.id, h.world.a.users.owner, "owner");

    describe.each(TENANT_TABLES)("$table", ({ table }) => {
      // tenant_users: leave the acting owner's own row alone (self-edits have their own rules).
      const others = table === "tenant_users" ? " AND id <> $2" : "";
      const params = (tenantId: string) =>
        table === "tenant_users" ? [tenantId, h.world.a.users.owner] : [tenantId];

      it("A reads its own rows and none of B's", async () => {
        expect(
          await countAs(h.app, ownerOfA(), table, "tenant_id = $1", [h.world.a.id]),
        ).toBeGreaterThan(0);
        expect(await countAs(h.app, ownerOfA(), table, "tenant_id = $1", [h.world.b.id])).toBe(0);
        expect(await countAs(h.app, ownerOfA(), table, "tenant_id <> $1", [h.world.a.id])).toBe(0);
      });

      it("A updates and deletes its own rows, and none of B's", async () => {
        const update = (tenantId: string) =>
          asActor(
            h.app,
            ownerOfA(),
            `UPDATE ${table} SET tenant_id = tenant_id WHERE tenant_id = $1${others}`,
            params(tenantId),
          );
        const remove = (tenantId: string) =>
          asActor(
            h.app,
            ownerOfA(),
            `DELETE FROM ${table} WHERE tenant_id = $1${others}`,
            params(tenantId),
          );
        expect((await update(h.world.b.id)).rowCount).toBe(0);
        expect((await remove(h.world.b.id)).rowCount).toBe(0);
        expect((await update(h.world.a.id)).rowCount).toBeGreaterThan(0);
        expect((await remove(h.world.a.id)).rowCount).toBeGreaterThan(0);
        // Rolled back, and B's rows were never touched.
        const stored = await h.owner.query(
          `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`,
          [h.world.b.id],
        );
        expect(stored.rows[0].n).toBeGreaterThan(0);
      });

      it("A cannot insert a row carrying B's tenant id", async () => {
        const row = await cloneRow(h.owner, table, "tenant_id = $1", [h.world.a.id], {
          tenant_id: h.world.b.id,
        });
        await expectSqlState(asActor(h.app, ownerOfA(), insertCloneSql(table), [row]), DENIED);
      });
    });

    it("A cannot see, update or delete B's tenant row, nor insert or delete tenants", async () => {
      expect(await countAs(h.app, ownerOfA(), "tenants")).toBe(1);
      expect(await countAs(h.app, ownerOfA(), "tenants", "id = $1", [h.world.b.id])).toBe(0);
      const update = await asActor(
        h.app,
        ownerOfA(),
        "UPDATE tenants SET city = 'Eldoret' WHERE id = $1",
        [h.world.b.id],
      );
      expect(update.rowCount).toBe(0);
      expect(
        (await asActor(h.app, ownerOfA(), "DELETE FROM tenants WHERE id = $1", [h.world.a.id]))
          .rowCount,
      ).toBe(0);
      const tenant = await cloneRow(h.owner, "tenants", "id = $1", [h.world.a.id], {
        subdomain: `copy-${h.world.suffix}`,
      });
      await expectSqlState(asActor(h.app, ownerOfA(), insertCloneSql("tenants"), [tenant]), DENIED);
    });

    it("without settings every table is empty, with or without a prior set_config", async () => {
      for (const table of await allTables(h.owner)) {
        if (table === "website_templates" || table === "website_sections") continue;
        const stored = await h.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect(stored.rows[0].n, `${table} has fixture rows`).toBeGreaterThan(0);
        expect(await countAs(h.app, null, table), `${table} with no settings`).toBe(0);
        expect(await countAs(h.app, {}, table), `${table} with empty settings`).toBe(0);
      }
    });

    it("a half-set session (a role but no user or tenant) sees nothing", async () => {
      for (const settings of [
        { userType: "tenant" as const, role: "owner", tenantId: h.world.a.id },
        { userType: "platform" as const, role: "owner" },
        { userType: "system" as const },
      ]) {
        expect(await countAs(h.app, settings, "customers")).toBe(0);
        expect(await countAs(h.app, settings, "tenants")).toBe(0);
      }
    });
  },
);
