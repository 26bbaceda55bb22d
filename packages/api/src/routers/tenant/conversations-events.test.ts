import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionClaims, TenantSessionClaims } from "../../auth/session";
import { ConversationEventHub } from "../../realtime";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { createContext } from "../../trpc/context";
import { handleTrpcRequest } from "../../trpc/handle-request";
import { createCallerFactory } from "../../trpc/init";

// The inbox's live feed over real HTTP: server-sent events from the same handler the web app
// mounts at /api/trpc, two businesses writing at once, each stream read as a browser would.

let world: ApiWorld;
let hub: ConversationEventHub;
let server: Server;
let origin: string;
let ownerOfB: TenantSessionClaims;
let conversationOfA: string;
let conversationOfB: string;

/** Who the test server treats as signed in, by the x-test-person header (the web app reads the cookie). */
const sessions = new Map<string, SessionClaims | null>();

beforeAll(async () => {
  world = await createApiWorld();
  hub = new ConversationEventHub({ connectionString: world.testDb.appUrl });
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
  sessions.set("a-viewer", world.sessions["tenant viewer"]);
  sessions.set("b-owner", ownerOfB);
  sessions.set("staff", world.sessions["platform admin"]);
  const pick = async (tenantId: string) => {
    const { rows: found } = await world.owner.query<{ id: string }>(
      "SELECT id FROM conversations WHERE tenant_id = $1 AND status = 'active' ORDER BY id LIMIT 1",
      [tenantId],
    );
    return found[0]!.id;
  };
  conversationOfA = await pick(world.tenantA.id);
  conversationOfB = await pick(world.tenantB.id);

  server = createServer(async (req, res) => {
    const abort = new AbortController();
    res.on("close", () => abort.abort());
    const request = new Request(`http://127.0.0.1${req.url}`, {
      method: req.method ?? "GET",
      headers: Object.entries(req.headers).flatMap(([name, value]) =>
        typeof value === "string" ? [[name, value] as [string, string]] : [],
      ),
      signal: abort.signal,
    });
    const person = String(req.headers["x-test-person"]);
    const response = await handleTrpcRequest(request, sessions.get(person) ?? null, {
      database: world.database,
      conversationEvents: hub,
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    try {
      if (response.body) for await (const chunk of response.body) res.write(chunk);
    } catch {
      // the client went away
    }
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await hub?.close();
  await world?.close();
});

interface SseEvent {
  event: string;
  id: string | null;
  data: string;
}

/** Opens the events stream as `person` and parses what arrives, the way EventSource does. */
async function openStream(person: string, lastEventId?: string) {
  const abort = new AbortController();
  const response = await fetch(`${origin}/api/trpc/tenant.conversations.events`, {
    headers: {
      accept: "text/event-stream",
      "x-test-person": person,
      ...(lastEventId && { "last-event-id": lastEventId }),
    },
    signal: abort.signal,
  });
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = "";
  const reading = (async () => {
    try {
      for await (const chunk of response.body!) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: "message", id: null, data: "" };
          for (const line of block.split("\n")) {
            const [field, ...rest] = line.split(":");
            const value = rest.join(":").replace(/^ /, "");
            if (field === "event") event.event = value;
            if (field === "id") event.id = value;
            if (field === "data") event.data += value;
          }
          events.push(event);
        }
      }
    } catch {
      // aborted by the test
    }
  })();
  /** The data events (not "connected" or pings), decoded from superjson. */
  const messages = () =>
    events
      .filter((event) => event.event === "message")
      .map((event) => ({
        id: event.id,
        ...(JSON.parse(event.data) as { json: { conversationId: string | null; kind: string } })
          .json,
      }));
  return {
    status: response.status,
    events,
    messages,
    async close() {
      abort.abort();
      await reading;
    },
  };
}

function callerFor(session: SessionClaims) {
  const roomy = world.contextFor("tenant owner").mutationRateLimit;
  return createCallerFactory(appRouter)(
    createContext({
      session,
      requestId: "test-events",
      ip: null,
      userAgent: "vitest",
      database: world.database,
      usageLog: world.usageLog,
      ...(roomy && { mutationRateLimit: roomy }),
    }),
  );
}

describe("tenant.conversations.events over server-sent events", () => {
  it("carries a tenant's own events within a second, and never another tenant's", async () => {
    const streamOfA = await openStream("a-viewer");
    const streamOfB = await openStream("b-owner");
    try {
      expect([streamOfA.status, streamOfB.status]).toEqual([200, 200]);
      await expect.poll(() => hub.subscriberCount()).toBe(2);
      await hub.listening();

      await callerFor(world.sessions["tenant owner"]!).tenant.conversations.reply({
        conversationId: conversationOfA,
        text: "Karibu! Viewing confirmed for 10am.",
      });
      // The reply has committed: from here its event must reach the open stream within a second.
      const committed = Date.now();
      await expect
        .poll(() => streamOfA.messages().map((event) => event.conversationId), { timeout: 1_000 })
        .toContain(conversationOfA);
      expect(Date.now() - committed).toBeLessThan(1_000);

      // B writes too; once B's own event has arrived, A's would have arrived before it.
      await callerFor(ownerOfB).tenant.conversations.resolve({ conversationId: conversationOfB });
      await expect
        .poll(() => streamOfB.messages().map((event) => event.conversationId))
        .toContain(conversationOfB);
      expect(streamOfB.messages().map((event) => event.conversationId)).not.toContain(
        conversationOfA,
      );
      expect(streamOfA.messages().map((event) => event.conversationId)).not.toContain(
        conversationOfB,
      );
      // Each event has an id (for resuming) and no content.
      expect(streamOfA.messages().every((event) => event.id)).toBe(true);
      expect(JSON.stringify(streamOfA.events)).not.toContain("Viewing confirmed");
    } finally {
      await Promise.all([streamOfA.close(), streamOfB.close()]);
    }
    await expect.poll(() => hub.subscriberCount()).toBe(0);
  });

  it("tells a reconnecting client to resync first (it may have missed events)", async () => {
    const stream = await openStream("a-viewer", "earlier-process-42");
    await expect
      .poll(() => stream.messages())
      .toEqual([expect.objectContaining({ kind: "resync", conversationId: null })]);
    await stream.close();
  });

  it("refuses platform staff and signed-out callers before any stream opens", async () => {
    const staff = await openStream("staff");
    const nobody = await openStream("nobody");
    // The HTTP status says it too, so EventSource gives up instead of retrying.
    expect([staff.status, nobody.status]).toEqual([403, 401]);
    // SSE errors travel in the stream; either way no event of a tenant is ever sent.
    await expect
      .poll(() => staff.events.some((event) => event.event === "serialized-error"))
      .toBe(true);
    await expect
      .poll(() => nobody.events.some((event) => event.event === "serialized-error"))
      .toBe(true);
    expect(JSON.stringify([staff.events, nobody.events])).toMatch(/FORBIDDEN/);
    expect(JSON.stringify(nobody.events)).toMatch(/UNAUTHORIZED/);
    expect(staff.messages()).toEqual([]);
    await Promise.all([staff.close(), nobody.close()]);
    expect(hub.subscriberCount()).toBe(0);
  });
});
