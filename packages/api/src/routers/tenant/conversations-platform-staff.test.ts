import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

// Aizalo's owner working in a business through "login as tenant": their replies are signed
// with their name, and looking in does not read the business's messages for its team.

const createCaller = createCallerFactory(appRouter);
const api = (person: PersonName) => createCaller(world.contextFor(person)).tenant.conversations;

let world: ApiWorld;
let conversationId: string;
let ownerName: string;
beforeAll(async () => {
  world = await createApiWorld();
  const { rows } = await world.owner.query<{ id: string }>(
    `SELECT id FROM conversations WHERE tenant_id = $1 AND status = 'active' ORDER BY id LIMIT 1`,
    [world.tenantA.id],
  );
  conversationId = rows[0]!.id;
  const owner = await world.owner.query<{ full_name: string }>(
    "SELECT full_name FROM platform_users WHERE id = $1",
    [world.sessions["platform owner"]!.userId],
  );
  ownerName = owner.rows[0]!.full_name;
});
afterAll(() => world?.close());

const unreadCount = async () =>
  (
    await world.owner.query<{ unread_count: number }>(
      "SELECT unread_count FROM conversations WHERE id = $1",
      [conversationId],
    )
  ).rows[0]!.unread_count;

describe("a reply by Aizalo's owner, logged in as the business with changes allowed", () => {
  it("shows as Aizalo staff with their name, to them and to the business's team", async () => {
    const reply = await api("impersonating owner (changes allowed)").reply({
      conversationId,
      text: "Hello from Aizalo support: your viewing is confirmed for Saturday.",
    });
    const signed = { sender: "platform", author: { fullName: ownerName } };
    expect(reply).toMatchObject(signed);

    const page = await api("tenant staff").messages({ conversationId, limit: 10 });
    expect(page.items.find((message) => message.id === reply.id)).toMatchObject(signed);

    const stored = await world.owner.query(
      "SELECT author_id, platform_author_id FROM messages WHERE id = $1",
      [reply.id],
    );
    expect(stored.rows[0]).toEqual({
      author_id: null,
      platform_author_id: world.sessions["platform owner"]!.userId,
    });
  });

  it("a teammate's reply stays the teammate's", async () => {
    const reply = await api("tenant staff").reply({ conversationId, text: "Karibu!" });
    expect(reply).toMatchObject({ sender: "team", author: { fullName: expect.any(String) } });
    expect(reply.author?.fullName).not.toBe(ownerName);
  });
});

describe("nobody can sign a message as Aizalo staff (PostgreSQL fills the column)", () => {
  const platformOwnerId = () => world.sessions["platform owner"]!.userId;
  const asStaff = () => {
    const staff = world.sessions["tenant staff"]!;
    if (staff.userType !== "tenant") throw new Error("tenant staff is a tenant session");
    return {
      type: "tenant" as const,
      tenantId: staff.tenantId,
      userId: staff.userId,
      role: staff.role,
    };
  };

  it("an insert naming the owner is stored unsigned, an update cannot sign it", async () => {
    const id = await world.database.runUnitOfWork(asStaff(), async (db) => {
      const rows = await db.$queryRaw<{ id: string }[]>`
        INSERT INTO messages (conversation_id, direction, channel, content, status, platform_author_id)
        SELECT id, 'outbound', channel, 'Pretending to be Aizalo', 'queued', ${platformOwnerId()}::uuid
        FROM conversations WHERE id = ${conversationId}::uuid
        RETURNING id`;
      await db.$executeRaw`
        UPDATE messages SET platform_author_id = ${platformOwnerId()}::uuid WHERE id = ${rows[0]!.id}::uuid`;
      return rows[0]!.id;
    });
    const stored = await world.owner.query(
      "SELECT platform_author_id FROM messages WHERE id = $1",
      [id],
    );
    expect(stored.rows[0]).toEqual({ platform_author_id: null });
    const page = await api("tenant owner").messages({ conversationId, limit: 10 });
    // No author at all: the inbox shows it as the assistant's, never as Aizalo staff.
    expect(page.items.find((message) => message.id === id)?.sender).toBe("assistant");
  });

  it("another business cannot learn staff names through the lookup", async () => {
    const { rows } = await world.owner.query<{ id: string; role: string }>(
      "SELECT id, role::text FROM tenant_users WHERE tenant_id = $1 AND role = 'owner' LIMIT 1",
      [world.tenantB.id],
    );
    const names = await world.database.runUnitOfWork(
      { type: "tenant", tenantId: world.tenantB.id, userId: rows[0]!.id, role: "owner" },
      (db) => db.$queryRaw<unknown[]>`
        SELECT * FROM app.message_platform_authors(ARRAY[${platformOwnerId()}::uuid])`,
    );
    expect(names).toEqual([]);
  });
});

describe("opening a conversation with unread messages", () => {
  it("as Aizalo's owner (even with changes allowed) leaves it unread for the team", async () => {
    await world.owner.query("UPDATE conversations SET unread_count = 2 WHERE id = $1", [
      conversationId,
    ]);
    const result = await api("impersonating owner (changes allowed)").markRead({ conversationId });
    expect(result.unreadCount).toBe(2);
    expect(await unreadCount()).toBe(2);
    const inbox = await api("tenant staff").list({ pageSize: 100 });
    expect(inbox.items.find((item) => item.id === conversationId)?.unreadCount).toBe(2);
  });

  it("as a viewer is refused, and the team still sees it unread", async () => {
    await expect(api("tenant viewer").markRead({ conversationId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await unreadCount()).toBe(2);
  });

  it("as a teammate reads it for the whole team", async () => {
    await api("tenant staff").markRead({ conversationId });
    expect(await unreadCount()).toBe(0);
    const inbox = await api("tenant owner").list({ pageSize: 100 });
    expect(inbox.items.find((item) => item.id === conversationId)?.unreadCount).toBe(0);
  });
});
