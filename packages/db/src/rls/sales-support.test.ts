import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState } from "./as-actor";
import { allTables, cloneRow, insertCloneSql } from "./tables";
import { useWorld } from "./world";

/** A tenant's own business data: never visible to sales or support, not even for their tenants. */
const TENANT_PRIVATE = [
  "customers",
  "conversations",
  "messages",
  "leads",
  "campaigns",
  "content_library",
  "reviews",
  "booking_requests",
  "tenant_users",
  "tenant_settings",
  "invitations",
  "website_pages",
  "website_customizations",
  "password_resets",
  "audit_logs",
  "api_usage",
  "system_logs",
];

/** Append-only logs any platform actor may add to; everything else is a write. */
const LOGS = new Set(["audit_logs", "api_usage", "system_logs"]);

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "sales and support on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const rep1 = () => actor.platform("sales", h.world.platform.rep1);
    const support = () => actor.platform("support", h.world.platform.support);
    const ids = async (settings: ReturnType<typeof rep1>, table: string, column = "id") =>
      (await asActor<{ v: string }>(h.app, settings, `SELECT ${column} AS v FROM ${table}`)).rows
        .map((row) => row.v)
        .sort();

    describe("a sales rep", () => {
      it("sees only the assigned tenant and its account rows", async () => {
        const a = h.world.a.id;
        expect(await ids(rep1(), "tenants")).toEqual([a]);
        expect(await ids(rep1(), "tenant_websites", "tenant_id")).toEqual([a]);
        expect(await ids(rep1(), "subscription_changes", "tenant_id")).toEqual([a]);
        expect(await ids(rep1(), "sales_client_notes")).toEqual([h.world.notes.rep1OnA]);
        expect(await ids(rep1(), "platform_revenue")).toEqual([h.world.revenue.a]);
        expect(await ids(rep1(), "commissions")).toEqual([h.world.commissions.rep1]);
        expect(await ids(rep1(), "sales_commission_rates", "sales_rep_id")).toEqual([
          h.world.platform.rep1,
        ]);
      });

      it("sees their own and their territory's open sales leads, demos and onboarding", async () => {
        const { salesLeads } = h.world;
        expect(await ids(rep1(), "sales_leads")).toEqual(
          [salesLeads.rep1, salesLeads.openInRep1Territory].sort(),
        );
        expect(await ids(rep1(), "sales_demos")).toEqual([h.world.demos.rep1]);
        expect(await ids(rep1(), "onboarding_sessions", "sales_rep_id")).toEqual([
          h.world.platform.rep1,
        ]);
        const territories = await h.owner.query("SELECT count(*)::int AS n FROM sales_territories");
        expect(await countAs(h.app, rep1(), "sales_territories")).toBe(territories.rows[0].n);
      });

      it.each(TENANT_PRIVATE)("sees no %s, not even of the assigned tenant", async (table) => {
        expect(await countAs(h.app, rep1(), table)).toBe(0);
      });

      it("adds leads for themselves or open in their territory, never for another rep", async () => {
        const { platform, territories } = h.world;
        const sql =
          "INSERT INTO sales_leads (business_name, phone, territory_id, assigned_to) VALUES ('Duka', '+254711222333', $1, $2) RETURNING id";
        expect(
          (await asActor(h.app, rep1(), sql, [territories.rep1, platform.rep1])).rowCount,
        ).toBe(1);
        expect((await asActor(h.app, rep1(), sql, [territories.rep1, null])).rowCount).toBe(1);
        await expectSqlState(
          asActor(h.app, rep1(), sql, [territories.rep1, platform.rep2]),
          DENIED,
        );
        await expectSqlState(asActor(h.app, rep1(), sql, [territories.rep2, null]), DENIED);
      });

      it("updates and claims their leads, never another rep's, and cannot hand one over", async () => {
        const { salesLeads, platform } = h.world;
        const touch = "UPDATE sales_leads SET notes = 'called' WHERE id = $1";
        expect((await asActor(h.app, rep1(), touch, [salesLeads.rep1])).rowCount).toBe(1);
        expect((await asActor(h.app, rep1(), touch, [salesLeads.rep2])).rowCount).toBe(0);
        expect(
          (await asActor(h.app, rep1(), touch, [salesLeads.openInRep2Territory])).rowCount,
        ).toBe(0);
        const assign = "UPDATE sales_leads SET assigned_to = $2 WHERE id = $1";
        expect(
          (await asActor(h.app, rep1(), assign, [salesLeads.openInRep1Territory, platform.rep1]))
            .rowCount,
        ).toBe(1);
        await expectSqlState(
          asActor(h.app, rep1(), assign, [salesLeads.rep1, platform.rep2]),
          DENIED,
        );
        expect(
          (await asActor(h.app, rep1(), "DELETE FROM sales_leads WHERE id = $1", [salesLeads.rep1]))
            .rowCount,
        ).toBe(0);
      });

      it("books demos only on leads they can see", async () => {
        const sql =
          "INSERT INTO sales_demos (lead_id, sales_rep_id, scheduled_at) VALUES ($1, $2, now())";
        expect(
          (await asActor(h.app, rep1(), sql, [h.world.salesLeads.rep1, h.world.platform.rep1]))
            .rowCount,
        ).toBe(1);
        await expectSqlState(
          asActor(h.app, rep1(), sql, [h.world.salesLeads.rep2, h.world.platform.rep1]),
          DENIED,
        );
        await expectSqlState(
          asActor(h.app, rep1(), sql, [h.world.salesLeads.rep1, h.world.platform.rep2]),
          DENIED,
        );
        expect(
          (
            await asActor(h.app, rep1(), "UPDATE sales_demos SET notes = 'x' WHERE id = $1", [
              h.world.demos.rep2,
            ])
          ).rowCount,
        ).toBe(0);
      });

      it("writes client notes as themselves on assigned tenants only", async () => {
        const sql =
          "INSERT INTO sales_client_notes (tenant_id, author_id, body) VALUES ($1, $2, 'Prefers calls after 5')";
        const { a, b, platform, notes } = h.world;
        expect((await asActor(h.app, rep1(), sql, [a.id, platform.rep1])).rowCount).toBe(1);
        await expectSqlState(asActor(h.app, rep1(), sql, [b.id, platform.rep1]), DENIED);
        await expectSqlState(asActor(h.app, rep1(), sql, [a.id, platform.rep2]), DENIED);
        expect(
          (
            await asActor(h.app, rep1(), "UPDATE sales_client_notes SET body = 'x' WHERE id = $1", [
              notes.rep2OnB,
            ])
          ).rowCount,
        ).toBe(0);
      });

      it("cannot change tenants, commissions, rates or revenue", async () => {
        const { a, commissions, revenue } = h.world;
        expect(
          (await asActor(h.app, rep1(), "UPDATE tenants SET city = 'Thika' WHERE id = $1", [a.id]))
            .rowCount,
        ).toBe(0);
        expect(
          (
            await asActor(
              h.app,
              rep1(),
              "UPDATE commissions SET status = 'approved' WHERE id = $1",
              [commissions.rep1],
            )
          ).rowCount,
        ).toBe(0);
        expect(
          (await asActor(h.app, rep1(), "UPDATE sales_commission_rates SET recurring_rate = 50"))
            .rowCount,
        ).toBe(0);
        expect(
          (
            await asActor(
              h.app,
              rep1(),
              "UPDATE platform_revenue SET description = 'x' WHERE id = $1",
              [revenue.a],
            )
          ).rowCount,
        ).toBe(0);
      });
    });

    describe("support", () => {
      it("sees only the tenant they support and its account rows", async () => {
        const a = h.world.a.id;
        expect(await ids(support(), "tenants")).toEqual([a]);
        expect(await ids(support(), "tenant_websites", "tenant_id")).toEqual([a]);
        expect(await ids(support(), "subscription_changes", "tenant_id")).toEqual([a]);
        expect(await ids(support(), "sales_client_notes")).toEqual([h.world.notes.rep1OnA]);
        expect(await ids(support(), "platform_revenue")).toEqual([h.world.revenue.a]);
        expect(await countAs(h.app, support(), "commissions")).toBe(0);
        expect(await countAs(h.app, support(), "sales_leads")).toBe(0);
      });

      it.each(TENANT_PRIVATE)("sees no %s", async (table) => {
        expect(await countAs(h.app, support(), table)).toBe(0);
      });

      it("writes nothing anywhere", async () => {
        for (const table of await allTables(h.owner)) {
          if (LOGS.has(table)) continue;
          // Their own profile (name, password) is the one row they may edit: platform-roles.test.ts.
          const where = table === "platform_users" ? "id <> $1" : "$1::uuid IS NOT NULL";
          const me = [h.world.platform.support];
          const update = await asActor(
            h.app,
            support(),
            `UPDATE ${table} SET id = id WHERE ${where}`,
            me,
          );
          expect(update.rowCount, `update ${table}`).toBe(0);
          expect(
            (await asActor(h.app, support(), `DELETE FROM ${table} WHERE ${where}`, me)).rowCount,
            `delete ${table}`,
          ).toBe(0);
          const row = await cloneRow(h.owner, table, "true", []);
          await expectSqlState(asActor(h.app, support(), insertCloneSql(table), [row]), DENIED);
        }
      });
    });
  },
);
