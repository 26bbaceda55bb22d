import { describe, it } from "vitest";
import { testServers } from "../testing";
import { actor, asActor, expectSqlState, FOREIGN_KEY_VIOLATION } from "./as-actor";
import { useWorld } from "./world";

/**
 * RLS does not apply to constraint checks: only composite (tenant_id, parent_id) keys stop a
 * row of tenant A from pointing at tenant B's parent. Checked as A through the app role and as
 * the owner (no RLS at all), so the key itself, not a policy, is what refuses.
 */
describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "composite foreign keys on %s (PostgreSQL %i)",
  (serverName) => {
    const h = useWorld(serverName);

    const crossTenantRows = () => {
      const { a, b } = h.world;
      return [
        [
          "a conversation for A on B's customer",
          "INSERT INTO conversations (tenant_id, customer_id, channel) VALUES ($1, $2, 'sms')",
          [a.id, b.customer],
        ],
        [
          "a message for A in B's conversation",
          "INSERT INTO messages (tenant_id, conversation_id, direction, channel, content) VALUES ($1, $2, 'inbound', 'sms', 'hi')",
          [a.id, b.conversation],
        ],
        [
          "a lead of A on B's customer",
          "INSERT INTO leads (tenant_id, customer_id) VALUES ($1, $2)",
          [a.id, b.customer],
        ],
        [
          "a conversation of A assigned to B's user",
          "INSERT INTO conversations (tenant_id, customer_id, channel, assigned_to) VALUES ($1, $2, 'sms', $3)",
          [a.id, a.customer, b.users.staff],
        ],
        [
          "a page of A on B's website",
          "INSERT INTO website_pages (tenant_id, website_id, slug, title, content) VALUES ($1, $2, 'x', 'x', 'x')",
          [a.id, b.website],
        ],
        [
          "a review of A by B's customer",
          "INSERT INTO reviews (tenant_id, customer_id, rating, author_name) VALUES ($1, $2, 4, 'x')",
          [a.id, b.customer],
        ],
      ] as const;
    };

    it("as tenant A through the app role, every cross-tenant parent is refused (23503)", async () => {
      const ownerOfA = actor.tenant(h.world.a.id, h.world.a.users.owner, "owner");
      for (const [, sql, params] of crossTenantRows()) {
        await expectSqlState(asActor(h.app, ownerOfA, sql, [...params]), FOREIGN_KEY_VIOLATION);
      }
    });

    it("as the owner role, which RLS does not restrict, the keys still refuse them", async () => {
      for (const [, sql, params] of crossTenantRows()) {
        await h.owner.query("BEGIN");
        try {
          await expectSqlState(h.owner.query(sql, [...params]), FOREIGN_KEY_VIOLATION);
        } finally {
          await h.owner.query("ROLLBACK");
        }
      }
    });

    it("moving B's conversation onto A is refused by the key as well", async () => {
      const { a, b } = h.world;
      await h.owner.query("BEGIN");
      try {
        await expectSqlState(
          h.owner.query("UPDATE conversations SET tenant_id = $1 WHERE id = $2", [
            a.id,
            b.conversation,
          ]),
          FOREIGN_KEY_VIOLATION,
        );
      } finally {
        await h.owner.query("ROLLBACK");
      }
    });
  },
);
