import { randomUUID } from "node:crypto";
import type { Actor } from "@aizalo/db";
import { beforeAll, describe, expect, it } from "vitest";
import { useJobTestDatabase } from "../testing/job-test-database";

// Row-level security of outbox_messages (migration 0008), as the app role sees it.
const h = useJobTestDatabase([]);

const tenantActor = (tenant: { id: string }, userId: string, role: "owner" | "staff"): Actor => ({
  type: "tenant",
  tenantId: tenant.id,
  userId,
  role,
});

beforeAll(async () => {
  for (const [tenantId, kind] of [
    [h.tenantA.id, "receipt"],
    [h.tenantA.id, "password_reset"],
    [h.tenantA.id, "invitation"],
    [h.tenantB.id, "receipt"],
    [null, "password_reset"],
  ] as const) {
    await h.owner.query(
      `INSERT INTO outbox_messages (tenant_id, channel, recipient, kind, payload)
       VALUES ($1, 'sms', '+254712345678', $2, '{"link": "http://localhost:3000/x?token=abc"}')`,
      [tenantId, kind],
    );
  }
});

describe("outbox_messages access", () => {
  it("a tenant owner reads their tenant's messages, but no live reset or invitation link", async () => {
    const kinds = await h.database.runUnitOfWork(
      tenantActor(h.tenantA, h.tenantA.ownerId, "owner"),
      async (db) => (await db.outboxMessage.findMany()).map((row) => [row.tenantId, row.kind]),
    );
    expect(kinds).toEqual([[h.tenantA.id, "receipt"]]);
  });

  it("tenant staff read none; raw SQL does not widen it", async () => {
    const count = await h.database.runUnitOfWork(
      tenantActor(h.tenantA, h.tenantA.staffId, "staff"),
      async (db) =>
        (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM outbox_messages`)[0]?.n,
    );
    expect(count).toBe(0);
  });

  it("tenant staff queue a fresh message for their own tenant only", async () => {
    const staffA = tenantActor(h.tenantA, h.tenantA.staffId, "staff");
    await h.database.runUnitOfWork(staffA, (db) =>
      db.outboxMessage.createMany({
        data: [{ channel: "whatsapp", recipient: "+254712000999", kind: "booking_confirmed" }],
      }),
    );
    const stored = await h.owner.query(
      "SELECT tenant_id, status FROM outbox_messages WHERE kind = 'booking_confirmed'",
    );
    expect(stored.rows).toEqual([{ tenant_id: h.tenantA.id, status: "pending" }]);

    await expect(
      h.database.runUnitOfWork(
        staffA,
        (db) => db.$executeRaw`
          INSERT INTO outbox_messages (tenant_id, channel, recipient, kind)
          VALUES (${h.tenantB.id}::uuid, 'sms', '+254712000998', 'receipt')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("a viewer, who only reads, cannot queue a message", async () => {
    const viewerId = randomUUID();
    await h.owner.query(
      `INSERT INTO tenant_users (id, tenant_id, email, full_name, role)
       VALUES ($1, $2, 'viewer@outbox.example.co.ke', 'Chebet Kiprono', 'viewer')`,
      [viewerId, h.tenantA.id],
    );
    await expect(
      h.database.runUnitOfWork(
        { type: "tenant", tenantId: h.tenantA.id, userId: viewerId, role: "viewer" },
        (db) => db.$executeRaw`
          INSERT INTO outbox_messages (channel, recipient, kind)
          VALUES ('sms', '+254712000996', 'receipt')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("a tenant user cannot record a message as sent (only the delivery job does)", async () => {
    await expect(
      h.database.runUnitOfWork(
        tenantActor(h.tenantA, h.tenantA.ownerId, "owner"),
        (db) => db.$executeRaw`
          INSERT INTO outbox_messages (channel, recipient, kind, status, sent_at)
          VALUES ('sms', '+254712000997', 'receipt', 'sent', now())`,
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await h.database.runUnitOfWork(
      tenantActor(h.tenantA, h.tenantA.ownerId, "owner"),
      (db) => db.outboxMessage.updateMany({ data: { status: "sent", sentAt: new Date() } }),
    );
    expect(updated.count).toBe(0);
  });
});
