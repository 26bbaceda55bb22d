import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantSessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createContext } from "../../trpc/context";
import { createCallerFactory } from "../../trpc/init";

const createCaller = createCallerFactory(appRouter);

let world: ApiWorld;
/** Pwani Breeze's owner: a real user of tenant B, calling with tenant A's ids. */
let ownerOfB: TenantSessionClaims;
/** Conversations of each tenant, picked from the seed (active ones have unread messages). */
let conversationOfA: string;
let unreadConversationOfA: string;
let conversationOfB: string;

beforeAll(async () => {
  world = await createApiWorld();
  const { rows } = await world.owner.query<{ id: string }>(
    "SELECT id FROM tenant_users WHERE tenant_id = $1 AND email = $2",
    [world.tenantB.id, "owner@pwani-breeze.demo.aizalo.test"],
  );
  ownerOfB = {
    userType: "tenant",
    userId: rows[0]!.id,
    role: "owner",
    tenantId: world.tenantB.id,
    subdomain: world.tenantB.subdomain,
    sessionVersion: 1,
  };
  conversationOfA = await someConversation(world.tenantA.id, "resolved");
  unreadConversationOfA = await someConversation(world.tenantA.id, "active", "unread_count > 0");
  conversationOfB = await someConversation(world.tenantB.id, "active");
});
afterAll(async () => {
  await world?.close();
});

async function someConversation(tenantId: string, status: string, extra = "true") {
  const { rows } = await world.owner.query<{ id: string }>(
    `SELECT id FROM conversations WHERE tenant_id = $1 AND status = $2 AND ${extra}
     ORDER BY id LIMIT 1`,
    [tenantId, status],
  );
  if (!rows[0]) throw new Error(`The seed has no ${status} conversation for ${tenantId}`);
  return rows[0].id;
}

function api(person: PersonName) {
  return createCaller(world.contextFor(person));
}

function apiAsB() {
  const roomy = world.contextFor("tenant owner").mutationRateLimit;
  return createCaller(
    createContext({
      session: ownerOfB,
      requestId: "test-owner-of-b",
      ip: null,
      userAgent: "vitest",
      database: world.database,
      usageLog: world.usageLog,
      ...(roomy && { mutationRateLimit: roomy }),
    }),
  );
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** Everything stored about a conversation: its row and its messages (owner role, no RLS). */
async function snapshot(conversationId: string) {
  const conversation = await world.owner.query("SELECT * FROM conversations WHERE id = $1", [
    conversationId,
  ]);
  const messages = await world.owner.query(
    "SELECT * FROM messages WHERE conversation_id = $1 ORDER BY created_at, id",
    [conversationId],
  );
  return { conversation: conversation.rows, messages: messages.rows };
}

describe("tenant.conversations.list", () => {
  it("shows the tenant's own conversations, newest activity first, with status totals", async () => {
    const inbox = await api("tenant staff").tenant.conversations.list({ pageSize: 100 });
    const { rows } = await world.owner.query<{ id: string }>(
      "SELECT id FROM conversations WHERE tenant_id = $1 AND deleted_at IS NULL",
      [world.tenantA.id],
    );
    expect(inbox.total).toBe(rows.length);
    const ids = inbox.items.map((item) => item.id);
    expect(ids).toContain(conversationOfA);
    expect(ids).not.toContain(conversationOfB);
    const times = inbox.items.map((item) => item.lastActivityAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const { active, waiting, resolved, abandoned } = inbox.statusCounts;
    expect(active + waiting + resolved + abandoned).toBe(inbox.total);
    expect(inbox.unreadTotal).toBeGreaterThan(0);
  });

  it("filters by status, channel and assignee, and pages on the server", async () => {
    const caller = api("tenant owner");
    const resolved = await caller.tenant.conversations.list({ status: "resolved" });
    expect(resolved.items.length).toBeGreaterThan(0);
    expect(resolved.items.every((item) => item.status === "resolved")).toBe(true);

    const whatsapp = await caller.tenant.conversations.list({ channel: "whatsapp" });
    expect(whatsapp.items.every((item) => item.channel === "whatsapp")).toBe(true);

    const unassigned = await caller.tenant.conversations.list({ assignee: "unassigned" });
    expect(unassigned.items.every((item) => item.assignee === null)).toBe(true);

    const first = await caller.tenant.conversations.list({ pageSize: 2, page: 1 });
    const second = await caller.tenant.conversations.list({ pageSize: 2, page: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.items[0]?.id).not.toBe(first.items[1]?.id);
    expect(first.pageCount).toBe(Math.ceil(first.total / 2));
  });

  it("as tenant B lists none of tenant A's conversations", async () => {
    const inbox = await apiAsB().tenant.conversations.list({ pageSize: 100 });
    const ids = inbox.items.map((item) => item.id);
    expect(ids).toContain(conversationOfB);
    expect(ids).not.toContain(conversationOfA);
    const { rows } = await world.owner.query<{ tenant_id: string }>(
      "SELECT DISTINCT tenant_id FROM conversations WHERE id = ANY($1::uuid[])",
      [ids],
    );
    expect(rows.map((row) => row.tenant_id)).toEqual([world.tenantB.id]);
  });
});

describe("a conversation", () => {
  it("opens with its customer and its messages in order, notes included", async () => {
    const caller = api("tenant viewer");
    const conversation = await caller.tenant.conversations.get({
      conversationId: conversationOfA,
    });
    expect(conversation.customer.name).toBeTruthy();
    expect(conversation.customer.phone).toMatch(/^\+254/);
    const page = await caller.tenant.conversations.messages({
      conversationId: conversationOfA,
      limit: 200,
    });
    const { rows } = await world.owner.query<{ id: string }>(
      "SELECT id FROM messages WHERE conversation_id = $1 ORDER BY created_at DESC, id DESC",
      [conversationOfA],
    );
    expect(page.items.map((message) => message.id)).toEqual(rows.map((row) => row.id));
    expect(page.items.at(-1)?.sender).toBe("customer");
  });

  it("pages older messages with a cursor", async () => {
    const caller = api("tenant owner");
    const first = await caller.tenant.conversations.messages({
      conversationId: conversationOfA,
      limit: 2,
    });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1]?.id);
    const second = await caller.tenant.conversations.messages({
      conversationId: conversationOfA,
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items[0]?.createdAt.getTime()).toBeLessThanOrEqual(
      first.items[1]!.createdAt.getTime(),
    );
    expect(second.items.map((m) => m.id)).not.toContain(first.items[1]?.id);
  });

  it("a reply is stored queued on the conversation's channel, and audited without its text", async () => {
    const text = "Habari! The two-bedroom in Kilimani is still available for viewing on Saturday.";
    const before = await world.owner.query<{ channel: string }>(
      "SELECT channel FROM conversations WHERE id = $1",
      [unreadConversationOfA],
    );
    const reply = await api("tenant staff").tenant.conversations.reply({
      conversationId: unreadConversationOfA,
      text: `  ${text}  `,
    });
    expect(reply).toMatchObject({
      direction: "outbound",
      status: "queued",
      isInternalNote: false,
      content: text,
      sender: "team",
      channel: before.rows[0]?.channel,
    });
    const stored = await world.owner.query(
      "SELECT c.unread_count, c.last_message_at, m.author_id FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE m.id = $1",
      [reply.id],
    );
    expect(stored.rows[0]).toMatchObject({
      unread_count: 0,
      last_message_at: reply.createdAt,
      author_id: world.sessions["tenant staff"]?.userId,
    });
    const audit = await world.owner.query<{ row: string; changed_fields: string[] }>(
      "SELECT row_to_json(a)::text AS row, changed_fields FROM audit_logs a WHERE entity_id = $1",
      [reply.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.row).toContain("tenant.conversations.reply");
    expect(audit.rows[0]?.row).not.toContain("Kilimani");
  });

  it("an internal note is flagged, has no delivery status and is not the customer's preview", async () => {
    const caller = api("tenant admin");
    const note = await caller.tenant.conversations.addNote({
      conversationId: conversationOfA,
      text: "Caller prefers evening viewings after 6pm.",
    });
    expect(note).toMatchObject({ isInternalNote: true, status: null, sender: "team" });
    const inbox = await caller.tenant.conversations.list({ status: "resolved", pageSize: 100 });
    const item = inbox.items.find((candidate) => candidate.id === conversationOfA);
    expect(item?.preview?.text).not.toContain("evening viewings");
    const audit = await world.owner.query<{ row: string }>(
      "SELECT row_to_json(a)::text AS row FROM audit_logs a WHERE entity_id = $1",
      [note.id],
    );
    expect(audit.rows[0]?.row).not.toContain("evening");
  });

  it("is assigned to a teammate, resolved and reopened; opening it marks it read", async () => {
    const caller = api("tenant owner");
    const staffId = world.sessions["tenant staff"]!.userId;
    await caller.tenant.conversations.assign({
      conversationId: unreadConversationOfA,
      assigneeId: staffId,
    });
    const mine = await api("tenant staff").tenant.conversations.list({ assignee: "me" });
    expect(mine.items.map((item) => item.id)).toContain(unreadConversationOfA);

    await caller.tenant.conversations.resolve({ conversationId: unreadConversationOfA });
    let row = await snapshot(unreadConversationOfA);
    expect(row.conversation[0]).toMatchObject({ status: "resolved", assigned_to: staffId });
    expect(row.conversation[0].resolved_at).toBeInstanceOf(Date);

    await caller.tenant.conversations.reopen({ conversationId: unreadConversationOfA });
    row = await snapshot(unreadConversationOfA);
    expect(row.conversation[0]).toMatchObject({ status: "active", resolved_at: null });

    await world.owner.query("UPDATE conversations SET unread_count = 3 WHERE id = $1", [
      unreadConversationOfA,
    ]);
    await caller.tenant.conversations.markRead({ conversationId: unreadConversationOfA });
    row = await snapshot(unreadConversationOfA);
    expect(row.conversation[0].unread_count).toBe(0);

    await caller.tenant.conversations.assign({
      conversationId: unreadConversationOfA,
      assigneeId: null,
    });
    row = await snapshot(unreadConversationOfA);
    expect(row.conversation[0].assigned_to).toBeNull();
  });

  it("cannot be assigned to another business's user", async () => {
    expect(
      await codeOf(
        api("tenant owner").tenant.conversations.assign({
          conversationId: conversationOfA,
          assigneeId: ownerOfB.userId,
        }),
      ),
    ).toBe("NOT_FOUND");
  });

  it("refuses an empty reply with a field error and writes nothing", async () => {
    const before = await snapshot(conversationOfA);
    const error = await api("tenant owner")
      .tenant.conversations.reply({ conversationId: conversationOfA, text: "   " })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect(await snapshot(conversationOfA)).toEqual(before);
  });
});

describe("tenant B with tenant A's ids", () => {
  it("gets NOT_FOUND from every procedure, and A's conversation is unchanged", async () => {
    const before = await snapshot(unreadConversationOfA);
    const asB = apiAsB().tenant.conversations;
    const id = { conversationId: unreadConversationOfA };
    const calls: Record<string, () => Promise<unknown>> = {
      get: () => asB.get(id),
      messages: () => asB.messages({ ...id, limit: 10 }),
      reply: () => asB.reply({ ...id, text: "Not yours" }),
      addNote: () => asB.addNote({ ...id, text: "Not yours" }),
      assign: () => asB.assign({ ...id, assigneeId: ownerOfB.userId }),
      resolve: () => asB.resolve(id),
      reopen: () => asB.reopen(id),
      markRead: () => asB.markRead(id),
    };
    for (const [name, call] of Object.entries(calls)) {
      expect([name, await codeOf(call())]).toEqual([name, "NOT_FOUND"]);
    }
    expect(await snapshot(unreadConversationOfA)).toEqual(before);
  });
});

describe("a viewer", () => {
  it("reads the inbox but cannot reply, note, assign, resolve, reopen or mark read", async () => {
    const viewer = api("tenant viewer").tenant.conversations;
    await expect(viewer.list({})).resolves.toMatchObject({ total: expect.any(Number) });
    const before = await snapshot(unreadConversationOfA);
    const id = { conversationId: unreadConversationOfA };
    const writes: Record<string, () => Promise<unknown>> = {
      reply: () => viewer.reply({ ...id, text: "Hello" }),
      addNote: () => viewer.addNote({ ...id, text: "Hello" }),
      assign: () => viewer.assign({ ...id, assigneeId: null }),
      resolve: () => viewer.resolve(id),
      reopen: () => viewer.reopen(id),
      markRead: () => viewer.markRead(id),
    };
    for (const [name, call] of Object.entries(writes)) {
      expect([name, await codeOf(call())]).toEqual([name, "FORBIDDEN"]);
    }
    expect(await snapshot(unreadConversationOfA)).toEqual(before);
  });

  it("the read-only 'login as tenant' cannot reply either", async () => {
    expect(
      await codeOf(
        api("impersonating owner (read-only)").tenant.conversations.reply({
          conversationId: conversationOfA,
          text: "Hello",
        }),
      ),
    ).toBe("FORBIDDEN");
  });
});
