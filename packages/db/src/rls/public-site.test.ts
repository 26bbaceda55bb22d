import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState } from "./as-actor";
import { useWorld } from "./world";

/** What a visitor of a tenant's site must never read. */
const PRIVATE = [
  "customers",
  "conversations",
  "messages",
  "leads",
  "booking_requests",
  "campaigns",
  "content_library",
  "tenant_users",
  "tenant_settings",
  "invitations",
  "subscription_changes",
  "platform_revenue",
  "sales_client_notes",
  "platform_users",
  "audit_logs",
];

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "website visitors on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const visitorOfA = () => actor.visitor(h.world.a.id);
    const ids = async (settings: ReturnType<typeof visitorOfA>, table: string) =>
      (await asActor<{ id: string }>(h.app, settings, `SELECT id FROM ${table}`)).rows
        .map((row) => row.id)
        .sort();

    it("reads the tenant, its published site, published pages and reviews, and customizations", async () => {
      const a = h.world.a;
      expect(await ids(visitorOfA(), "tenants")).toEqual([a.id]);
      expect(await ids(visitorOfA(), "tenant_websites")).toEqual([a.website]);
      expect(await ids(visitorOfA(), "website_pages")).toEqual([a.publishedPage]);
      expect(await ids(visitorOfA(), "reviews")).toEqual([a.publishedReview]);
      expect(await countAs(h.app, visitorOfA(), "website_customizations")).toBe(1);
    });

    it("never reads another tenant's site", async () => {
      const b = h.world.b;
      expect(await countAs(h.app, visitorOfA(), "website_pages", "tenant_id = $1", [b.id])).toBe(0);
      expect(await countAs(h.app, visitorOfA(), "tenants", "id = $1", [b.id])).toBe(0);
      expect(await ids(actor.visitor(b.id), "website_pages")).toEqual([b.publishedPage]);
    });

    it.each(PRIVATE)("reads no %s", async (table) => {
      expect(await countAs(h.app, visitorOfA(), table)).toBe(0);
    });

    it("an unpublished site shows the tenant but no pages", async () => {
      const b = h.world.b;
      await h.owner.query("UPDATE tenant_websites SET is_published = false WHERE tenant_id = $1", [
        b.id,
      ]);
      try {
        expect(await countAs(h.app, actor.visitor(b.id), "tenants")).toBe(1);
        expect(await countAs(h.app, actor.visitor(b.id), "tenant_websites")).toBe(0);
        expect(await countAs(h.app, actor.visitor(b.id), "website_pages")).toBe(0);
        expect(await countAs(h.app, actor.visitor(b.id), "website_customizations")).toBe(0);
      } finally {
        await h.owner.query("UPDATE tenant_websites SET is_published = true WHERE tenant_id = $1", [
          b.id,
        ]);
      }
    });

    it("a suspended tenant's site shows nothing and takes no leads", async () => {
      const closed = actor.visitor(h.world.closed.id);
      for (const table of ["tenants", "tenant_websites", "website_pages", "reviews"]) {
        expect(await countAs(h.app, closed, table), table).toBe(0);
      }
      const sql =
        "INSERT INTO leads (tenant_id, contact_name, phone) VALUES ($1, 'Baraka', '+254700111222')";
      await expectSqlState(asActor(h.app, closed, sql, [h.world.closed.id]), DENIED);
    });

    it("adds a lead (plain INSERT, no RETURNING) but cannot read it back", async () => {
      const a = h.world.a;
      const sql =
        "INSERT INTO leads (tenant_id, contact_name, phone, notes) VALUES ($1, 'Baraka', '+254700111222', $2)";
      const marker = `web-form-${h.world.suffix}`;
      expect(
        (await asActor(h.app, visitorOfA(), sql, [a.id, marker], { commit: true })).rowCount,
      ).toBe(1);
      const stored = await h.owner.query(
        "SELECT stage FROM leads WHERE tenant_id = $1 AND notes = $2",
        [a.id, marker],
      );
      expect(stored.rows).toEqual([{ stage: "new" }]);
      await expectSqlState(
        asActor(h.app, visitorOfA(), `${sql} RETURNING id`, [a.id, marker]),
        DENIED,
      );
    });

    it("cannot add a lead past the first stage, attached to a customer, or for another tenant", async () => {
      const a = h.world.a;
      const staged =
        "INSERT INTO leads (tenant_id, phone, stage) VALUES ($1, '+254700111223', 'won')";
      await expectSqlState(asActor(h.app, visitorOfA(), staged, [a.id]), DENIED);
      const attached =
        "INSERT INTO leads (tenant_id, phone, customer_id) VALUES ($1, '+254700111224', $2)";
      await expectSqlState(asActor(h.app, visitorOfA(), attached, [a.id, a.customer]), DENIED);
      const elsewhere = "INSERT INTO leads (tenant_id, phone) VALUES ($1, '+254700111225')";
      await expectSqlState(asActor(h.app, visitorOfA(), elsewhere, [h.world.b.id]), DENIED);
    });

    it("requests a booking and leaves an unpublished review, nothing more", async () => {
      const a = h.world.a;
      const booking =
        "INSERT INTO booking_requests (tenant_id, name, phone, requested_for, status) VALUES ($1, 'Zawadi', '+254700111226', now() + interval '1 day', $2)";
      expect((await asActor(h.app, visitorOfA(), booking, [a.id, "new"])).rowCount).toBe(1);
      await expectSqlState(asActor(h.app, visitorOfA(), booking, [a.id, "confirmed"]), DENIED);
      const review =
        "INSERT INTO reviews (tenant_id, rating, author_name, is_published) VALUES ($1, 5, 'Zawadi', $2)";
      expect((await asActor(h.app, visitorOfA(), review, [a.id, false])).rowCount).toBe(1);
      await expectSqlState(asActor(h.app, visitorOfA(), review, [a.id, true]), DENIED);
      const edit = await asActor(
        h.app,
        visitorOfA(),
        "UPDATE reviews SET is_published = true WHERE tenant_id = $1",
        [a.id],
      );
      expect(edit.rowCount).toBe(0);
      await expectSqlState(
        asActor(
          h.app,
          visitorOfA(),
          "INSERT INTO customers (tenant_id, phone) VALUES ($1, '+254700111227')",
          [a.id],
        ),
        DENIED,
      );
    });

    it("website templates and sections: readable by anyone, written by platform admins only", async () => {
      expect(await countAs(h.app, null, "website_templates")).toBeGreaterThan(0);
      expect(await countAs(h.app, visitorOfA(), "website_sections")).toBeGreaterThan(0);
      const sql = "INSERT INTO website_templates (name, industry) VALUES ($1, 'beauty')";
      await expectSqlState(asActor(h.app, visitorOfA(), sql, [`Salon ${h.world.suffix}`]), DENIED);
      const owner = actor.tenant(h.world.a.id, h.world.a.users.owner, "owner");
      await expectSqlState(asActor(h.app, owner, sql, [`Salon ${h.world.suffix}`]), DENIED);
      expect(
        (await asActor(h.app, owner, "UPDATE website_templates SET usage_count = 99")).rowCount,
      ).toBe(0);
      const admin = actor.platform("admin", h.world.platform.admin);
      expect((await asActor(h.app, admin, sql, [`Salon ${h.world.suffix}`])).rowCount).toBe(1);
    });
  },
);
