import { TRPCError, type AnyProcedure } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformSessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFor } from "../../trpc/caller";
import { handleTrpcRequest } from "../../trpc/handle-request";
import { transformer } from "../../trpc/transformer";

// DESIGN "Actors and roles": a rep never reaches another rep's leads, demos or clients through
// any sales procedure (another rep's id answers NOT_FOUND and changes nothing); support reads its
// assigned clients and changes nothing; tenant users reach no sales procedure at all.

let world: ApiWorld;
/** Rep A is the Nairobi rep (the world's "sales rep"); rep B covers Mombasa. */
let repB: PlatformSessionClaims;
const as = (session: PlatformSessionClaims | null) =>
  createCallerFor(session, { database: world.database });
const repA = () => as(world.sessions["sales rep"] as PlatformSessionClaims);
const person = (name: PersonName) =>
  createCallerFor(world.sessions[name], { database: world.database });

/** Rep A's rows, made through the API the way the pages make them. */
const a = { leadId: "", demoId: "", clientId: "", noteId: "", territoryLeadId: "" };

const tomorrow = () => new Date(Date.now() + 36 * 3600_000).toISOString().slice(0, 10);

async function codeOf(call: Promise<unknown>) {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

async function snapshotOfA() {
  const lead = await world.owner.query(
    "SELECT status, business_name, assigned_to, next_action, updated_at FROM sales_leads WHERE id = $1",
    [a.leadId],
  );
  const demo = await world.owner.query("SELECT status, updated_at FROM sales_demos WHERE id = $1", [
    a.demoId,
  ]);
  const notes = await world.owner.query(
    "SELECT id, body FROM sales_client_notes WHERE tenant_id = $1 ORDER BY id",
    [a.clientId],
  );
  const territoryLead = await world.owner.query(
    "SELECT status, assigned_to, updated_at FROM sales_leads WHERE id = $1",
    [a.territoryLeadId],
  );
  return { lead: lead.rows, demo: demo.rows, notes: notes.rows, territoryLead: territoryLead.rows };
}

beforeAll(async () => {
  world = await createApiWorld();
  const { rows } = await world.owner.query(
    "SELECT id FROM platform_users WHERE email = 'sales.mombasa@demo.aizalo.test'",
  );
  repB = { userType: "platform", userId: String(rows[0].id), role: "sales", sessionVersion: 1 };

  const lead = await repA().sales.leads.create({
    businessName: "Kahawa Sukari Bakery",
    contactName: "Wanjiru Kamau",
    phone: "0722 111 222",
    value: "4500",
    followUpOn: tomorrow(),
  });
  a.leadId = lead.id;
  const demo = await repA().sales.demos.schedule({
    leadId: lead.id,
    date: tomorrow(),
    time: "10:30",
    location: "The bakery, Kahawa Sukari",
  });
  a.demoId = demo.id;
  const clients = await repA().sales.clients.list();
  a.clientId = clients[0]!.id;
  const note = await repA().sales.clients.addNote({
    tenantId: a.clientId,
    body: "Asked about adding a second branch.",
  });
  a.noteId = note.id;
  // An unassigned lead waiting in the Nairobi territory: A's to pick up, never B's.
  const pool = await world.owner.query(
    `SELECT l.id FROM sales_leads l JOIN sales_territories t ON t.id = l.territory_id
     WHERE l.assigned_to IS NULL AND t.assigned_to = $1 AND l.deleted_at IS NULL LIMIT 1`,
    [world.sessions["sales rep"]!.userId],
  );
  a.territoryLeadId = String(pool.rows[0].id);
});

afterAll(async () => {
  await world.close();
});

describe("rep B with rep A's ids", () => {
  const attempts: [string, () => Promise<unknown>][] = [
    ["leads.get", () => as(repB).sales.leads.get({ leadId: a.leadId })],
    [
      "leads.get (A's territory lead)",
      () => as(repB).sales.leads.get({ leadId: a.territoryLeadId }),
    ],
    [
      "leads.update",
      () =>
        as(repB).sales.leads.update({
          leadId: a.leadId,
          businessName: "Taken over",
          phone: "+254700000001",
        }),
    ],
    ["leads.move", () => as(repB).sales.leads.move({ leadId: a.leadId, stage: "negotiating" })],
    [
      "leads.move (A's territory lead)",
      () => as(repB).sales.leads.move({ leadId: a.territoryLeadId, stage: "contacted" }),
    ],
    [
      "demos.schedule",
      () =>
        as(repB).sales.demos.schedule({
          leadId: a.leadId,
          date: tomorrow(),
          time: "15:00",
          callLink: "https://meet.example.test/x",
        }),
    ],
    [
      "demos.recordOutcome",
      () => as(repB).sales.demos.recordOutcome({ demoId: a.demoId, outcome: "cancelled" }),
    ],
    ["clients.get", () => as(repB).sales.clients.get({ tenantId: a.clientId })],
    [
      "clients.addNote",
      () => as(repB).sales.clients.addNote({ tenantId: a.clientId, body: "Mine now" }),
    ],
  ];

  it.each(attempts)("%s answers NOT_FOUND and changes nothing of A's", async (_name, attempt) => {
    const before = await snapshotOfA();
    expect(await codeOf(attempt())).toBe("NOT_FOUND");
    expect(await snapshotOfA()).toEqual(before);
  });

  it("B's lists, demos and dashboard hold none of A's rows", async () => {
    const b = as(repB).sales;
    const leads = await b.leads.list();
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.map((lead) => lead.id)).not.toContain(a.leadId);
    expect(leads.map((lead) => lead.id)).not.toContain(a.territoryLeadId);
    expect((await b.leads.list({ search: "Kahawa Sukari" })).length).toBe(0);
    expect((await b.demos.upcoming()).map((demo) => demo.id)).not.toContain(a.demoId);
    const clients = await b.clients.list();
    expect(clients.length).toBeGreaterThan(0);
    expect(clients.map((client) => client.id)).not.toContain(a.clientId);
    const dashboard = await b.dashboard();
    expect(dashboard.upcomingDemos.map((demo) => demo.id)).not.toContain(a.demoId);
    expect(dashboard.overdueFollowUps.map((lead) => lead.id)).not.toContain(a.leadId);
  });

  it("A sees their own rows, including the territory's unassigned lead", async () => {
    const leads = await repA().sales.leads.list();
    expect(leads.map((lead) => lead.id)).toEqual(
      expect.arrayContaining([a.leadId, a.territoryLeadId]),
    );
    expect(leads.find((lead) => lead.id === a.territoryLeadId)?.isMine).toBe(false);
    const detail = await repA().sales.clients.get({ tenantId: a.clientId });
    expect(detail.notes.map((note) => note.id)).toContain(a.noteId);
  });
});

/** Every mutation under sales.*, found by walking the router (so new ones are covered). */
function salesMutations(node: unknown, prefix: string): string[] {
  if (typeof node === "function" && "_def" in node) {
    return (node as AnyProcedure)._def.type === "mutation" ? [prefix] : [];
  }
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => salesMutations(child, `${prefix}.${key}`));
}

describe("only sales reps change anything", () => {
  const mutations = salesMutations(appRouter._def.record.sales, "sales").filter(
    // Onboarding and demo accounts have their own tests (another helper's procedures).
    (path) => !/onboarding|demoAccounts/i.test(path),
  );
  const readers: PersonName[] = ["support", "platform owner", "platform admin"];

  it("finds the mutations", () => {
    expect(mutations).toEqual(
      expect.arrayContaining(["sales.leads.create", "sales.leads.move", "sales.clients.addNote"]),
    );
  });

  it.each(readers.flatMap((reader) => mutations.map((path) => [reader, path] as const)))(
    "%s cannot call %s",
    async (reader, path) => {
      const before = await snapshotOfA();
      // Over HTTP, with well-formed input naming A's rows: the role alone must stop it.
      const input = {
        leadId: a.leadId,
        demoId: a.demoId,
        tenantId: a.clientId,
        stage: "contacted",
        outcome: "held",
        body: "x",
        businessName: "x",
        phone: "+254700000002",
        date: tomorrow(),
        time: "09:00",
        location: "x",
      };
      const response = await handleTrpcRequest(
        new Request(`http://localhost/api/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(transformer.serialize(input)),
        }),
        world.sessions[reader],
        { database: world.database },
      );
      expect(response.status).toBe(403);
      expect(await snapshotOfA()).toEqual(before);
    },
  );

  it("support reads its assigned clients, and only those", async () => {
    const supportId = world.sessions.support!.userId;
    const { rows } = await world.owner.query(
      "SELECT id FROM tenants WHERE assigned_support_id = $1 AND deleted_at IS NULL ORDER BY id",
      [supportId],
    );
    const clients = await person("support").sales.clients.list();
    expect(clients.map((client) => client.id).sort()).toEqual(rows.map((row) => String(row.id)));
    expect(await person("support").sales.leads.list()).toEqual([]);
  });
});

describe("tenant users", () => {
  it.each(["tenant owner", "tenant admin", "impersonating owner (changes allowed)"] as const)(
    "%s reaches no sales procedure",
    async (name) => {
      expect(await codeOf(person(name).sales.leads.list())).toBe("FORBIDDEN");
      expect(await codeOf(person(name).sales.clients.get({ tenantId: a.clientId }))).toBe(
        "FORBIDDEN",
      );
      expect(
        await codeOf(
          person(name).sales.leads.move({ leadId: a.leadId, stage: "lost", lostReason: "x" }),
        ),
      ).toBe("FORBIDDEN");
    },
  );
});
