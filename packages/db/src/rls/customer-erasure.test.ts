import { describe, expect, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, DENIED, expectSqlState } from "./as-actor";
import { useWorld } from "./world";

// Erasing a customer (or deleting one outright) is the owner's and admins' decision: staff
// edit customers but cannot make one disappear, whatever the API does (0013).
describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "customer erasure on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);
    const erase = "UPDATE customers SET erased_at = now() WHERE id = $1";

    it.each(["staff", "viewer"] as const)("%s cannot erase a customer", async (role) => {
      const settings = actor.tenant(h.world.a.id, h.world.a.users[role], role);
      if (role === "viewer") {
        // A viewer's update matches no row at all (RLS USING), so nothing changes.
        const result = await asActor(h.app, settings, erase, [h.world.a.customer]);
        expect(result.rowCount).toBe(0);
      } else {
        await expectSqlState(asActor(h.app, settings, erase, [h.world.a.customer]), DENIED);
      }
    });

    it.each(["owner", "admin"] as const)("%s can erase, and it cannot be undone", async (role) => {
      const settings = actor.tenant(h.world.a.id, h.world.a.users[role], role);
      const result = await asActor(h.app, settings, erase, [h.world.a.customer]);
      expect(result.rowCount).toBe(1);
    });

    it("an erased customer stays erased, even for the owner", async () => {
      await h.owner.query("UPDATE customers SET erased_at = now() WHERE id = $1", [
        h.world.b.otherCustomer,
      ]);
      const owner = actor.tenant(h.world.b.id, h.world.b.users.owner, "owner");
      await expectSqlState(
        asActor(h.app, owner, "UPDATE customers SET erased_at = NULL WHERE id = $1", [
          h.world.b.otherCustomer,
        ]),
        DENIED,
      );
    });

    it("staff cannot delete a customer outright; the owner can", async () => {
      const del = "DELETE FROM customers WHERE id = $1";
      const staff = actor.tenant(h.world.a.id, h.world.a.users.staff, "staff");
      expect((await asActor(h.app, staff, del, [h.world.a.customer])).rowCount).toBe(0);
      const owner = actor.tenant(h.world.a.id, h.world.a.users.owner, "owner");
      expect((await asActor(h.app, owner, del, [h.world.a.customer])).rowCount).toBe(1);
    });
  },
);
