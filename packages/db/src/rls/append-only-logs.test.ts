import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, countAs, DENIED, expectSqlState, type ActorSettings } from "./as-actor";
import { useWorld } from "./world";

const AUDIT = `INSERT INTO audit_logs (actor_user_id, actor_user_type, actor_role, impersonator_id, tenant_id, action, entity)
               VALUES ($1, $2, $3, $4, $5, 'update', 'customers')`;

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "append-only logs on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const staffOfA = (): ActorSettings =>
      actor.tenant(h.world.a.id, h.world.a.users.staff, "staff");

    describe("audit_logs", () => {
      it("a tenant user writes their own truthful row, without RETURNING", async () => {
        const a = h.world.a;
        expect(
          (await asActor(h.app, staffOfA(), AUDIT, [a.users.staff, "tenant", "staff", null, a.id]))
            .rowCount,
        ).toBe(1);
        await expectSqlState(
          asActor(h.app, staffOfA(), `${AUDIT} RETURNING id`, [
            a.users.staff,
            "tenant",
            "staff",
            null,
            a.id,
          ]),
          DENIED,
        );
      });

      it("refuses a row for another tenant, in another user's name or hiding the impersonator", async () => {
        const { a, b, platform } = h.world;
        await expectSqlState(
          asActor(h.app, staffOfA(), AUDIT, [a.users.staff, "tenant", "staff", null, b.id]),
          DENIED,
        );
        await expectSqlState(
          asActor(h.app, staffOfA(), AUDIT, [a.users.owner, "tenant", "owner", null, a.id]),
          DENIED,
        );
        await expectSqlState(
          asActor(h.app, staffOfA(), AUDIT, [a.users.staff, "platform", "staff", null, a.id]),
          DENIED,
        );
        const impersonating = actor.impersonating(a.id, platform.owner, "viewer");
        await expectSqlState(
          asActor(h.app, impersonating, AUDIT, [platform.owner, "tenant", "viewer", null, a.id]),
          DENIED,
        );
        expect(
          (
            await asActor(h.app, impersonating, AUDIT, [
              platform.owner,
              "tenant",
              "viewer",
              platform.owner,
              a.id,
            ])
          ).rowCount,
        ).toBe(1);
      });

      it("visitors, services and every platform role may write; without settings nobody may", async () => {
        const { a, platform } = h.world;
        expect(
          (await asActor(h.app, actor.visitor(a.id), AUDIT, [null, "public", null, null, a.id]))
            .rowCount,
        ).toBe(1);
        expect(
          (
            await asActor(h.app, actor.system("webhooks"), AUDIT, [
              null,
              "system",
              null,
              null,
              a.id,
            ])
          ).rowCount,
        ).toBe(1);
        const rep = actor.platform("sales", platform.rep1);
        expect(
          (await asActor(h.app, rep, AUDIT, [platform.rep1, "platform", "sales", null, null]))
            .rowCount,
        ).toBe(1);
        await expectSqlState(asActor(h.app, {}, AUDIT, [null, "public", null, null, a.id]), DENIED);
      });

      it("nobody updates or deletes it through the app role, not even the owner", async () => {
        const owner = actor.platform("owner", h.world.platform.owner);
        await expectSqlState(asActor(h.app, owner, "UPDATE audit_logs SET action = 'x'"), DENIED);
        await expectSqlState(asActor(h.app, owner, "DELETE FROM audit_logs"), DENIED);
        await expectSqlState(
          asActor(h.app, actor.system("retention"), "DELETE FROM audit_logs"),
          DENIED,
        );
      });

      it("platform owner/admin read all of it; a tenant's owner/admin read their tenant's; others nothing", async () => {
        const { a, platform } = h.world;
        const stored = await h.owner.query("SELECT count(*)::int AS n FROM audit_logs");
        expect(await countAs(h.app, actor.platform("owner", platform.owner), "audit_logs")).toBe(
          stored.rows[0].n,
        );
        expect(await countAs(h.app, actor.platform("admin", platform.admin), "audit_logs")).toBe(
          stored.rows[0].n,
        );
        const ownerOfA = actor.tenant(a.id, a.users.owner, "owner");
        expect(await countAs(h.app, ownerOfA, "audit_logs")).toBeGreaterThan(0);
        expect(
          await countAs(h.app, ownerOfA, "audit_logs", "tenant_id IS DISTINCT FROM $1", [a.id]),
        ).toBe(0);
        expect(
          await countAs(h.app, actor.tenant(a.id, a.users.admin, "admin"), "audit_logs"),
        ).toBeGreaterThan(0);
        expect(await countAs(h.app, staffOfA(), "audit_logs")).toBe(0);
        expect(await countAs(h.app, actor.platform("sales", platform.rep1), "audit_logs")).toBe(0);
        expect(
          await countAs(h.app, actor.platform("support", platform.support), "audit_logs"),
        ).toBe(0);
      });
    });

    describe("api_usage and system_logs", () => {
      const usage =
        "INSERT INTO api_usage (endpoint, method, tenant_id) VALUES ('/api/trpc/x', 'POST', $1)";
      const log =
        "INSERT INTO system_logs (level, source, message, tenant_id) VALUES ('error', 'test', 'boom', $1)";

      it("api_usage: any actor adds rows (tenant actors for their own tenant); owner/admin read", async () => {
        const { a, b, platform } = h.world;
        expect((await asActor(h.app, staffOfA(), usage, [a.id])).rowCount).toBe(1);
        expect((await asActor(h.app, actor.visitor(a.id), usage, [a.id])).rowCount).toBe(1);
        await expectSqlState(asActor(h.app, staffOfA(), usage, [b.id]), DENIED);
        await expectSqlState(asActor(h.app, null, usage, [a.id]), DENIED);
        expect(
          await countAs(h.app, actor.platform("admin", platform.admin), "api_usage"),
        ).toBeGreaterThan(0);
        expect(await countAs(h.app, staffOfA(), "api_usage")).toBe(0);
        await expectSqlState(
          asActor(h.app, actor.platform("owner", platform.owner), "DELETE FROM api_usage"),
          DENIED,
        );
      });

      it("system_logs: platform staff and services add rows, tenants and visitors cannot; owner/admin read", async () => {
        const { a, platform } = h.world;
        expect((await asActor(h.app, actor.system("jobs"), log, [a.id])).rowCount).toBe(1);
        expect(
          (await asActor(h.app, actor.platform("support", platform.support), log, [null])).rowCount,
        ).toBe(1);
        await expectSqlState(asActor(h.app, staffOfA(), log, [a.id]), DENIED);
        await expectSqlState(asActor(h.app, actor.visitor(a.id), log, [a.id]), DENIED);
        expect(
          await countAs(h.app, actor.platform("owner", platform.owner), "system_logs"),
        ).toBeGreaterThan(0);
        expect(await countAs(h.app, actor.platform("sales", platform.rep1), "system_logs")).toBe(0);
        await expectSqlState(
          asActor(
            h.app,
            actor.platform("owner", platform.owner),
            "UPDATE system_logs SET message = 'x'",
          ),
          DENIED,
        );
      });
    });
  },
);
