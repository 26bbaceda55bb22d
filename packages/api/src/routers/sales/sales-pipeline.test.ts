import { TRPCError } from "@trpc/server";
import { Prisma } from "@aizalo/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { createCallerFor } from "../../trpc/caller";

// What a rep notices working the pipeline: field errors on bad input with nothing written,
// the stage rules (lost needs a reason, won comes from onboarding), demos and their outcome,
// notes on clients, and an audit row for every change.

let world: ApiWorld;
const rep = () => createCallerFor(world.sessions["sales rep"], { database: world.database }).sales;
const daysFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 3 * 3600_000).toISOString().slice(0, 10);

async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error;
  }
  throw new Error("expected the call to fail");
}

const fieldErrorsOf = (error: TRPCError) => {
  const cause = error.cause as { issues?: { path: PropertyKey[] }[]; fieldErrors?: object };
  if (cause?.issues) return cause.issues.map((issue) => issue.path.join("."));
  return Object.keys(cause?.fieldErrors ?? {});
};

async function countRows(table: "sales_leads" | "sales_demos" | "sales_client_notes") {
  const { rows } = await world.owner.query(`SELECT count(*)::int AS n FROM ${table}`);
  return Number(rows[0].n);
}

async function auditActions(entityId: string) {
  const { rows } = await world.owner.query(
    "SELECT action, entity, changed_fields FROM audit_logs WHERE entity_id = $1 ORDER BY created_at, action",
    [entityId],
  );
  return rows as { action: string; entity: string; changed_fields: string[] }[];
}

beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(async () => {
  await world.close();
});

describe("creating and editing leads", () => {
  it("turns a Kenyan phone number into E.164 and files the lead as mine, stage new", async () => {
    const lead = await rep().leads.create({
      businessName: "Ruiru Fresh Butchery",
      phone: "0712 345 678",
      email: "",
      value: "2500.50",
      followUpOn: daysFromNow(3),
    });
    expect(lead).toMatchObject({
      phone: "+254712345678",
      email: null,
      stage: "new",
      isMine: true,
    });
    expect(lead.value?.toString()).toBe("2500.5");
    expect(await auditActions(lead.id)).toEqual([
      expect.objectContaining({
        action: "sales.leads.create",
        entity: "sales_lead",
        changed_fields: expect.arrayContaining(["businessName", "phone", "value"]),
      }),
    ]);
  });

  it("answers bad input with field errors and writes nothing", async () => {
    const before = await countRows("sales_leads");
    const error = await failure(
      rep().leads.create({
        businessName: "  ",
        phone: "12",
        email: "not-an-email",
        value: "12.345",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error).sort()).toEqual(["businessName", "email", "phone", "value"]);
    expect(await countRows("sales_leads")).toBe(before);
  });

  it("edits a lead's details and next action", async () => {
    const lead = await rep().leads.create({
      businessName: "Limuru Tea Rooms",
      phone: "+254733000111",
    });
    const edited = await rep().leads.update({
      leadId: lead.id,
      businessName: "Limuru Highland Tea Rooms",
      phone: "+254733000111",
      nextAction: "Call the owner on Monday",
      industry: "restaurants",
    });
    expect(edited).toMatchObject({
      businessName: "Limuru Highland Tea Rooms",
      nextAction: "Call the owner on Monday",
      industry: "restaurants",
    });
    expect((await rep().leads.get({ leadId: lead.id })).nextAction).toBe(
      "Call the owner on Monday",
    );
  });
});

describe("moving leads between stages", () => {
  it("moves through contacted → negotiating → lost (with a reason) and back", async () => {
    const lead = await rep().leads.create({
      businessName: "Kikuyu Auto Care",
      phone: "+254711000222",
    });
    await rep().leads.move({ leadId: lead.id, stage: "contacted" });
    const negotiating = await rep().leads.move({ leadId: lead.id, stage: "negotiating" });
    expect(negotiating).toMatchObject({ from: "contacted", lead: { stage: "negotiating" } });

    const noReason = await failure(rep().leads.move({ leadId: lead.id, stage: "lost" }));
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(noReason)).toEqual(["lostReason"]);
    expect((await rep().leads.get({ leadId: lead.id })).stage).toBe("negotiating");

    const lost = await rep().leads.move({
      leadId: lead.id,
      stage: "lost",
      lostReason: "Went with a competitor",
    });
    expect(lost.lead).toMatchObject({ stage: "lost", lostReason: "Went with a competitor" });
    const reopened = await rep().leads.move({ leadId: lead.id, stage: "contacted" });
    expect(reopened.lead).toMatchObject({ stage: "contacted", lostReason: null });
    expect(
      (await auditActions(lead.id)).filter((row) => row.action === "sales.leads.move"),
    ).toHaveLength(4);
  });

  it("refuses a manual won: onboarding wins a lead", async () => {
    const lead = await rep().leads.create({
      businessName: "Juja Print Hub",
      phone: "+254711000333",
    });
    const error = await failure(rep().leads.move({ leadId: lead.id, stage: "won" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/onboard/i);
    expect((await rep().leads.get({ leadId: lead.id })).stage).toBe("new");
  });

  it("leaves a won lead where it is", async () => {
    const won = (await rep().leads.list({ stage: "won" }))[0];
    expect(won).toBeDefined();
    const error = await failure(
      rep().leads.move({ leadId: won!.id, stage: "lost", lostReason: "x" }),
    );
    expect(error.code).toBe("CONFLICT");
  });

  it("claims a territory lead when the rep moves it", async () => {
    const pool = (await rep().leads.list()).find((lead) => !lead.isMine && lead.stage === "new");
    expect(pool).toBeDefined();
    const moved = await rep().leads.move({ leadId: pool!.id, stage: "contacted" });
    expect(moved.lead.isMine).toBe(true);
  });
});

describe("demos", () => {
  it("books a demo, and a held demo moves the lead to demo", async () => {
    const lead = await rep().leads.create({
      businessName: "Gatundu Agrovet",
      phone: "+254711000444",
    });
    await rep().leads.move({ leadId: lead.id, stage: "contacted" });
    const demo = await rep().demos.schedule({
      leadId: lead.id,
      date: daysFromNow(1),
      time: "11:00",
      callLink: "https://meet.demo.aizalo.test/gatundu",
    });
    expect((await rep().demos.upcoming()).map((row) => row.id)).toContain(demo.id);
    // Nobody can miss a meeting that has not started.
    const early = await failure(rep().demos.recordOutcome({ demoId: demo.id, outcome: "no_show" }));
    expect(early.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(early)).toEqual(["outcome"]);

    const held = await rep().demos.recordOutcome({ demoId: demo.id, outcome: "held" });
    expect(held).toMatchObject({ leadMovedTo: "demo", demo: { status: "held" } });
    expect((await rep().leads.get({ leadId: lead.id })).stage).toBe("demo");
    expect((await rep().demos.upcoming()).map((row) => row.id)).not.toContain(demo.id);
    const twice = await failure(rep().demos.recordOutcome({ demoId: demo.id, outcome: "no_show" }));
    expect(twice.code).toBe("CONFLICT");
    expect((await auditActions(demo.id)).map((row) => row.action)).toEqual([
      "sales.demos.schedule",
      "sales.demos.recordOutcome",
    ]);
  });

  it("a held demo leaves a lead already negotiating where it is", async () => {
    const lead = await rep().leads.create({
      businessName: "Karen Pet Clinic",
      phone: "+254711000888",
    });
    await rep().leads.move({ leadId: lead.id, stage: "negotiating" });
    const demo = await rep().demos.schedule({
      leadId: lead.id,
      date: daysFromNow(1),
      time: "16:00",
      location: "The clinic",
    });
    const held = await rep().demos.recordOutcome({ demoId: demo.id, outcome: "held" });
    expect(held.leadMovedTo).toBeNull();
    expect((await rep().leads.get({ leadId: lead.id })).stage).toBe("negotiating");
  });

  it("a no-show leaves the lead's stage alone", async () => {
    const lead = await rep().leads.create({
      businessName: "Ngong Hills Lodge",
      phone: "+254711000555",
    });
    const demo = await rep().demos.schedule({
      leadId: lead.id,
      date: daysFromNow(2),
      time: "09:30",
      location: "The lodge",
    });
    await world.owner.query(
      "UPDATE sales_demos SET scheduled_at = now() - interval '1 day' WHERE id = $1",
      [demo.id],
    );
    const result = await rep().demos.recordOutcome({ demoId: demo.id, outcome: "no_show" });
    expect(result.leadMovedTo).toBeNull();
    expect((await rep().leads.get({ leadId: lead.id })).stage).toBe("new");
  });

  it("needs a place or a call link, and a time still to come", async () => {
    const lead = await rep().leads.create({
      businessName: "Athi River Cement Depot",
      phone: "+254711000666",
    });
    const before = await countRows("sales_demos");
    const nowhere = await failure(
      rep().demos.schedule({ leadId: lead.id, date: daysFromNow(1), time: "10:00" }),
    );
    expect(fieldErrorsOf(nowhere)).toEqual(["location"]);
    const past = await failure(
      rep().demos.schedule({
        leadId: lead.id,
        date: daysFromNow(-2),
        time: "10:00",
        location: "Depot",
      }),
    );
    expect(past.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(past)).toEqual(["date"]);
    expect(await countRows("sales_demos")).toBe(before);
  });
});

describe("clients", () => {
  it("lists my clients with status, plan, fee and last activity; notes are timestamped and signed", async () => {
    const clients = await rep().clients.list();
    const { rows } = await world.owner.query(
      "SELECT id FROM tenants WHERE assigned_sales_rep_id = $1 AND deleted_at IS NULL",
      [world.sessions["sales rep"]!.userId],
    );
    expect(clients.map((client) => client.id).sort()).toEqual(
      rows.map((row) => String(row.id)).sort(),
    );
    const client = clients[0]!;
    expect(client).toMatchObject({
      subscriptionStatus: expect.any(String),
      subscriptionPlan: expect.any(String),
      lastActivityAt: expect.any(Date),
    });
    const note = await rep().clients.addNote({
      tenantId: client.id,
      body: "Wants M-Pesa receipts on WhatsApp.",
    });
    const detail = await rep().clients.get({ tenantId: client.id });
    expect(detail.notes[0]).toMatchObject({
      id: note.id,
      body: "Wants M-Pesa receipts on WhatsApp.",
      isMine: true,
      author: expect.stringContaining("(you)"),
      createdAt: expect.any(Date),
    });
    expect(detail.lastActivityAt.getTime()).toBeGreaterThanOrEqual(note.createdAt.getTime());
    const [audit] = await auditActions(note.id);
    expect(audit).toMatchObject({ action: "sales.clients.addNote", changed_fields: ["body"] });
    const empty = await failure(rep().clients.addNote({ tenantId: client.id, body: "   " }));
    expect(empty.code).toBe("BAD_REQUEST");
  });
});

describe("note authors", () => {
  it("signs every note with its author's name, colleagues' included", async () => {
    const { rows } = await world.owner.query<{ tenant_id: string; full_name: string }>(
      `SELECT n.tenant_id, p.full_name FROM sales_client_notes n
       JOIN platform_users p ON p.id = n.author_id
       JOIN tenants t ON t.id = n.tenant_id
       WHERE t.assigned_sales_rep_id = $1 AND n.author_id <> $1 LIMIT 1`,
      [world.sessions["sales rep"]!.userId],
    );
    expect(rows.length).toBe(1);
    const detail = await rep().clients.get({ tenantId: rows[0]!.tenant_id });
    expect(detail.notes.map((note) => note.author)).toContain(rows[0]!.full_name);
    expect(detail.notes.every((note) => note.author !== "A former colleague")).toBe(true);
  });

  it("gives another rep no names from clients that are not theirs", async () => {
    const { rows } = await world.owner.query(
      "SELECT id FROM platform_users WHERE email = 'sales.mombasa@demo.aizalo.test'",
    );
    const repB = String(rows[0].id);
    const names = await world.database.runUnitOfWork(
      { type: "platform", userId: repB, role: "sales" },
      (db) =>
        db.$queryRaw<{ id: string }[]>`
          SELECT id FROM app.client_note_authors(${[world.sessions["sales rep"]!.userId]}::uuid[])`,
    );
    expect(names).toEqual([]);
  });
});

describe("the dashboard", () => {
  it("adds up my pipeline by stage and lists overdue follow-ups", async () => {
    const lead = await rep().leads.create({
      businessName: "Kiambu Dairy Co-op",
      phone: "+254711000777",
      value: "6000",
      followUpOn: daysFromNow(-3),
    });
    const dashboard = await rep().dashboard();
    const leads = await rep().leads.list();
    const newLeads = leads.filter((row) => row.stage === "new");
    const newStage = dashboard.pipeline.find((row) => row.stage === "new")!;
    expect(newStage.leads).toBe(newLeads.length);
    const sum = newLeads.reduce((total, row) => total.add(row.value ?? 0), new Prisma.Decimal(0));
    expect(newStage.value.toFixed(2)).toBe(sum.toFixed(2));
    expect(dashboard.openPipelineValue.greaterThanOrEqualTo(sum)).toBe(true);
    expect(dashboard.overdueFollowUps.map((row) => row.id)).toContain(lead.id);
  });
});
