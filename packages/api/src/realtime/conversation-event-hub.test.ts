import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { createCallerFactory } from "../trpc/init";
import { appRouter } from "../root";
import type { ConversationEvent } from "./conversation-event";
import { ConversationEventHub } from "./conversation-event-hub";

// Two hubs stand for two app processes: each has its own LISTEN connection, and a write made
// through one process's unit of work must reach the other's subscribers through PostgreSQL.

let world: ApiWorld;
let processOne: ConversationEventHub;
let processTwo: ConversationEventHub;
let conversationOfA: string;
let conversationOfB: string;

beforeAll(async () => {
  world = await createApiWorld();
  const options = { connectionString: world.testDb.appUrl, reconnectDelayMs: 50, idleCloseMs: 50 };
  processOne = new ConversationEventHub(options);
  processTwo = new ConversationEventHub(options);
  const pick = async (tenantId: string) => {
    const { rows } = await world.owner.query<{ id: string }>(
      "SELECT id FROM conversations WHERE tenant_id = $1 ORDER BY id LIMIT 1",
      [tenantId],
    );
    return rows[0]!.id;
  };
  conversationOfA = await pick(world.tenantA.id);
  conversationOfB = await pick(world.tenantB.id);
});
afterAll(async () => {
  await processOne?.close();
  await processTwo?.close();
  await world?.close();
});

/** Reads a stream in the background; `next()` waits for its next event (or fails after `ms`). */
function reader(stream: AsyncGenerator<ConversationEvent>) {
  const received: ConversationEvent[] = [];
  const waiting: (() => void)[] = [];
  void (async () => {
    for await (const event of stream) {
      received.push(event);
      waiting.splice(0).forEach((wake) => wake());
    }
  })();
  let taken = 0;
  return {
    received,
    async next(ms = 2_000): Promise<ConversationEvent> {
      const deadline = Date.now() + ms;
      while (received.length <= taken) {
        if (Date.now() > deadline) throw new Error("No event arrived in time");
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return received[taken++]!;
    },
  };
}

const caller = () => createCallerFactory(appRouter)(world.contextFor("tenant staff"));

async function listenConnections(): Promise<number> {
  const { rows } = await world.owner.query<{ count: string }>(
    "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'",
    [world.testDb.name],
  );
  return Number(rows[0]?.count);
}

describe("the conversation event hub", () => {
  it("delivers a committed write to a subscriber of another process, within a second", async () => {
    const abort = new AbortController();
    const stream = reader(processTwo.events(world.tenantA.id, abort.signal));
    await processTwo.listening();
    const started = Date.now();
    await caller().tenant.conversations.addNote({
      conversationId: conversationOfA,
      text: "Ask about the parking bay before the viewing.",
    });
    const event = await stream.next();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(event).toMatchObject({
      tenantId: world.tenantA.id,
      conversationId: conversationOfA,
      kind: "message",
    });
    // Ids, kind and tenant only: never the message.
    expect(JSON.stringify(event)).not.toContain("parking");
    abort.abort();
  });

  it("gives each tenant's subscribers their own tenant's events only", async () => {
    const abort = new AbortController();
    const ofA = reader(processOne.events(world.tenantA.id, abort.signal));
    const ofB = reader(processOne.events(world.tenantB.id, abort.signal));
    await processOne.listening();
    // As the owner role, like the channel layer or a job would: the trigger fires for any writer.
    await world.owner.query("UPDATE conversations SET status = 'waiting' WHERE id = $1", [
      conversationOfA,
    ]);
    await world.owner.query("UPDATE conversations SET status = 'waiting' WHERE id = $1", [
      conversationOfB,
    ]);
    expect(await ofA.next()).toMatchObject({
      conversationId: conversationOfA,
      kind: "conversation",
    });
    expect(await ofB.next()).toMatchObject({
      conversationId: conversationOfB,
      kind: "conversation",
    });
    expect(ofA.received.map((event) => event.tenantId)).toEqual([world.tenantA.id]);
    expect(ofB.received.map((event) => event.tenantId)).toEqual([world.tenantB.id]);
    abort.abort();
  });

  it("raises nothing for a rolled-back write, a change the inbox does not show, or a forged payload", async () => {
    const abort = new AbortController();
    const stream = reader(processOne.events(world.tenantA.id, abort.signal));
    await processOne.listening();
    await world.owner.query("BEGIN");
    await world.owner.query("UPDATE conversations SET status = 'abandoned' WHERE id = $1", [
      conversationOfA,
    ]);
    await world.owner.query("ROLLBACK");
    await world.owner.query("UPDATE conversations SET metadata = '{\"x\": 1}' WHERE id = $1", [
      conversationOfA,
    ]);
    await world.owner.query("SELECT pg_notify('conversation_events', $1)", [
      JSON.stringify({ t: world.tenantA.id, c: "not-a-uuid", k: "message" }),
    ]);
    // A real change afterwards arrives first: nothing came before it.
    await world.owner.query(
      "UPDATE conversations SET unread_count = unread_count + 1 WHERE id = $1",
      [conversationOfA],
    );
    expect(await stream.next()).toMatchObject({
      conversationId: conversationOfA,
      kind: "conversation",
    });
    expect(stream.received).toHaveLength(1);
    abort.abort();
  });

  it("lets go of a closed stream, and closes its connection when nobody listens", async () => {
    const abort = new AbortController();
    const hub = new ConversationEventHub({
      connectionString: world.testDb.appUrl,
      idleCloseMs: 50,
    });
    // The other hubs' streams have ended: their connections close once idle.
    await expect.poll(listenConnections, { timeout: 2_000 }).toBe(0);
    reader(hub.events(world.tenantA.id, abort.signal));
    await hub.listening();
    expect(hub.subscriberCount()).toBe(1);
    expect(await listenConnections()).toBe(1);
    abort.abort();
    await expect.poll(() => hub.subscriberCount()).toBe(0);
    await expect.poll(listenConnections, { timeout: 2_000 }).toBe(0);
    await hub.close();
  });

  it("reconnects after losing its connection, tells streams to resync, and keeps delivering", async () => {
    const abort = new AbortController();
    const hub = new ConversationEventHub({
      connectionString: world.testDb.appUrl,
      reconnectDelayMs: 50,
    });
    const stream = reader(hub.events(world.tenantA.id, abort.signal));
    await hub.listening();
    await world.owner.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = $1 AND query ILIKE 'LISTEN%'`,
      [world.testDb.name],
    );
    expect(await stream.next(5_000)).toMatchObject({ kind: "resync", tenantId: world.tenantA.id });
    await world.owner.query("UPDATE conversations SET status = 'active' WHERE id = $1", [
      conversationOfA,
    ]);
    expect(await stream.next()).toMatchObject({ conversationId: conversationOfA });
    abort.abort();
    await hub.close();
  });
});
