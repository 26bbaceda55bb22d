import type { TenantSessionClaims } from "../../auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { callerFor, refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let bOwner: TenantSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  bOwner = await tenantBOwner(world);
});
afterAll(() => world.close());

const leadsAs = (person: PersonName | TenantSessionClaims) => callerFor(world, person).tenant.leads;

async function stored(id: string) {
  const { rows } = await world.owner.query(
    "SELECT stage, value::text, probability::text, converted_at, assigned_to, notes FROM leads WHERE id = $1",
    [id],
  );
  return rows[0];
}

describe("the pipeline", () => {
  it("creates a lead with score, value, probability, assignee, follow-up and notes", async () => {
    const [assignee] = await leadsAs("tenant owner").assignees();
    const lead = await leadsAs("tenant staff").create({
      contactName: "Mwende Musyoka",
      phone: "0722 000 111",
      score: 70,
      value: "45,000",
      probability: 40,
      assignedTo: assignee!.id,
      followUpAt: new Date(Date.now() + 86_400_000),
      notes: "Wants a two-bedroom in Kileleshwa",
    });
    expect(lead).toMatchObject({
      stage: "new",
      phone: "+254722000111",
      value: "45000.00",
      probability: 40,
      assigneeName: assignee!.fullName,
      overdue: false,
    });
    expect(await stored(lead.id)).toMatchObject({ value: "45000.00", probability: "0.40" });
  });

  it("refuses a score over 100, a bad amount and another business's user as assignee", async () => {
    const owner = leadsAs("tenant owner");
    await refusedWith(owner.create({ contactName: "X", score: 101 }), "BAD_REQUEST");
    await refusedWith(owner.create({ contactName: "X", value: "12.345" }), "BAD_REQUEST");
    const error = await refusedWith(
      owner.create({ contactName: "X", assignedTo: bOwner.userId }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/member of your team/);
  });

  it("won records the conversion value and date; leaving won clears the date", async () => {
    const owner = leadsAs("tenant owner");
    const lead = await owner.create({ contactName: "Kiprop", value: "10000" });
    const won = await owner.move({ id: lead.id, stage: "won", conversionValue: "12500.50" });
    expect(won).toMatchObject({ stage: "won", value: "12500.50", probability: 100 });
    expect(won.convertedAt).toBeInstanceOf(Date);
    const reopened = await owner.move({ id: lead.id, stage: "negotiating" });
    expect(reopened.convertedAt).toBeNull();
    const noValue = await owner.create({ contactName: "No value" });
    await refusedWith(owner.move({ id: noValue.id, stage: "won" }), "BAD_REQUEST");
    expect((await stored(noValue.id))?.stage).toBe("new");
  });

  it("flags overdue follow-ups and lists them on their own; the board counts every stage", async () => {
    const owner = leadsAs("tenant owner");
    const late = await owner.create({
      contactName: "Late follow-up",
      followUpAt: new Date(Date.now() - 3_600_000),
    });
    expect(late.overdue).toBe(true);
    const overdue = await owner.list({ overdueOnly: true, pageSize: 100 });
    expect(overdue.rows.map((row) => row.id)).toContain(late.id);
    expect(overdue.rows.every((row) => row.overdue)).toBe(true);

    const board = await owner.board({});
    expect(board.columns.map((column) => column.stage)).toEqual([
      "new",
      "contacted",
      "qualified",
      "negotiating",
      "won",
      "lost",
    ]);
    const { rows } = await world.owner.query(
      "SELECT count(*)::int AS n FROM leads WHERE tenant_id = $1 AND deleted_at IS NULL",
      [world.tenantA.id],
    );
    expect(board.columns.reduce((sum, column) => sum + column.count, 0)).toBe(rows[0].n);
  });
});

describe("isolation and roles", () => {
  it("tenant B gets NOT_FOUND for A's lead and A's lead is unchanged; B's lists hold none of A's", async () => {
    const lead = await leadsAs("tenant owner").create({ contactName: "A's lead", value: "5000" });
    const before = await stored(lead.id);
    const b = leadsAs(bOwner);
    await refusedWith(b.get({ id: lead.id }), "NOT_FOUND");
    await refusedWith(b.update({ id: lead.id, notes: "mine now" }), "NOT_FOUND");
    await refusedWith(b.move({ id: lead.id, stage: "won" }), "NOT_FOUND");
    expect(await stored(lead.id)).toEqual(before);

    const { rows } = await world.owner.query<{ id: string }>(
      "SELECT id FROM leads WHERE tenant_id = $1",
      [world.tenantA.id],
    );
    const aIds = new Set(rows.map((row) => row.id));
    const list = await b.list({ pageSize: 100 });
    expect(list.rows.filter((row) => aIds.has(row.id))).toEqual([]);
    const board = await b.board({});
    expect(board.columns.flatMap((c) => c.leads).filter((l) => aIds.has(l.id))).toEqual([]);
    const assignees = await b.assignees();
    expect(assignees.map((user) => user.id)).not.toContain(world.sessions["tenant owner"]!.userId);
  });

  it.each(["tenant viewer", "impersonating owner (read-only)"] as const)(
    "%s reads the pipeline but cannot change it",
    async (person) => {
      const lead = await leadsAs("tenant owner").create({ contactName: "Read only" });
      const before = await stored(lead.id);
      const viewer = leadsAs(person);
      expect((await viewer.get({ id: lead.id })).id).toBe(lead.id);
      await refusedWith(viewer.create({ contactName: "No" }), "FORBIDDEN");
      await refusedWith(viewer.update({ id: lead.id, notes: "No" }), "FORBIDDEN");
      await refusedWith(viewer.move({ id: lead.id, stage: "contacted" }), "FORBIDDEN");
      expect(await stored(lead.id)).toEqual(before);
    },
  );
});
