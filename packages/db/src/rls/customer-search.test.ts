import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, type ActorSettings } from "./as-actor";
import { useWorld } from "./world";

// app.search_customers (migration 0018) runs with the owner's rights so the trigram index can
// serve it under RLS: it must apply the tenant rule itself, exactly as the policies do.

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "customer search on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const matching = async (settings: ActorSettings | null, kind: string, terms: string[]) =>
      (
        await asActor<{ id: string }>(
          h.app,
          settings,
          "SELECT id FROM app.search_customers($1, $2)",
          [kind, terms],
        )
      ).rows
        .map((row) => row.id)
        .sort();

    it("finds the calling business's own customers by part of a name, any case", async () => {
      const { a, b } = h.world;
      expect(
        await matching(actor.tenant(a.id, a.users.viewer, "viewer"), "words", ["WANJ"]),
      ).toEqual([a.customer]);
      expect(await matching(actor.tenant(b.id, b.users.owner, "owner"), "words", ["wanj"])).toEqual(
        [b.customer],
      );
      // Every word must match; a word in no field finds nobody.
      const owner = actor.tenant(a.id, a.users.owner, "owner");
      expect(await matching(owner, "words", ["wanj", "iru"])).toEqual([a.customer]);
      expect(await matching(owner, "words", ["wanj", "kamau"])).toEqual([]);
    });

    it("finds by part of a phone number or email, and treats % _ \\ as plain characters", async () => {
      const { a } = h.world;
      await h.owner.query("UPDATE customers SET email = 'wanjiru_w@example.com' WHERE id = $1", [
        a.customer,
      ]);
      const { rows } = await h.owner.query<{ phone: string }>(
        "SELECT phone FROM customers WHERE id = $1",
        [a.customer],
      );
      const digits = rows[0]!.phone.slice(-6);
      const viewer = actor.tenant(a.id, a.users.viewer, "viewer");
      expect(await matching(viewer, "phone", [digits])).toContain(a.customer);
      expect(await matching(viewer, "email", ["RU_W@EXAMPLE"])).toEqual([a.customer]);
      // The email search looks in the email only, not the name.
      expect(await matching(viewer, "email", ["wanjiru w"])).toEqual([]);
      for (const wildcard of ["%", "\\", "u%w", "r__w", "_x"]) {
        expect(await matching(viewer, "words", [wildcard]), wildcard).toEqual([]);
        expect(await matching(viewer, "phone", [wildcard]), wildcard).toEqual([]);
      }
      expect(await matching(viewer, "words", ["u_w"])).toEqual([a.customer]);
    });

    it("gives every other actor nothing: staff, sales, a visitor, a job, no settings", async () => {
      const { a, platform } = h.world;
      for (const settings of [
        actor.platform("owner", platform.owner),
        actor.platform("sales", platform.rep1),
        actor.visitor(a.id),
        actor.system("jobs"),
        null,
      ]) {
        expect(await matching(settings, "words", ["wanj"])).toEqual([]);
        expect(await matching(settings, "phone", ["7"])).toEqual([]);
      }
    });

    it("hides soft-deleted customers and refuses an unknown kind of search", async () => {
      const { a } = h.world;
      const owner = actor.tenant(a.id, a.users.owner, "owner");
      await h.owner.query("UPDATE customers SET deleted_at = now() WHERE id = $1", [a.customer]);
      try {
        expect(await matching(owner, "words", ["wanj"])).toEqual([]);
      } finally {
        await h.owner.query("UPDATE customers SET deleted_at = NULL WHERE id = $1", [a.customer]);
      }
      await expect(matching(owner, "first_name = first_name --", ["x"])).rejects.toThrow(
        /unknown customer search kind/,
      );
    });
  },
);
