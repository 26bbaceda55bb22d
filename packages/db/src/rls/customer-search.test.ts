import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, type ActorSettings } from "./as-actor";
import { useWorld } from "./world";

// app.customer_ids_matching (migration 0015) runs with the owner's rights so the trigram
// indexes can serve it under RLS: it must apply the tenant rule itself, exactly as the policies.

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "customer search on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const matching = async (settings: ActorSettings | null, term: string) =>
      (
        await asActor<{ id: string }>(
          h.app,
          settings,
          "SELECT id FROM app.customer_ids_matching($1)",
          [term],
        )
      ).rows
        .map((row) => row.id)
        .sort();

    it("finds the calling business's own customers by part of a name, any case", async () => {
      const { a, b } = h.world;
      expect(await matching(actor.tenant(a.id, a.users.viewer, "viewer"), "WANJ")).toEqual([
        a.customer,
      ]);
      expect(await matching(actor.tenant(b.id, b.users.owner, "owner"), "wanj")).toEqual([
        b.customer,
      ]);
    });

    it("finds by part of a phone number, and treats % and _ as plain characters", async () => {
      const { a } = h.world;
      const { rows } = await h.owner.query<{ phone: string }>(
        "SELECT phone FROM customers WHERE id = $1",
        [a.customer],
      );
      const digits = rows[0]!.phone.slice(-6);
      const viewer = actor.tenant(a.id, a.users.viewer, "viewer");
      expect(await matching(viewer, digits)).toContain(a.customer);
      expect(await matching(viewer, "%")).toEqual([]);
      expect(await matching(viewer, "_")).toEqual([]);
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
        expect(await matching(settings, "wanj")).toEqual([]);
      }
    });
  },
);
