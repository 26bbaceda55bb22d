import type { TenantSessionClaims } from "../../auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { callerFor, freshMobile, refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let bOwner: TenantSessionClaims;
/** One of tenant A's seeded customers with conversations and messages. */
let aCustomer: { id: string; phone: string };
beforeAll(async () => {
  world = await createApiWorld();
  bOwner = await tenantBOwner(world);
  const { rows } = await world.owner.query<{ id: string; phone: string }>(
    `SELECT c.id, c.phone FROM customers c
     WHERE c.tenant_id = $1 AND EXISTS (SELECT 1 FROM conversations v WHERE v.customer_id = c.id)
     ORDER BY c.created_at LIMIT 1`,
    [world.tenantA.id],
  );
  aCustomer = rows[0]!;
});
afterAll(() => world.close());

async function snapshot(id: string) {
  const customer = await world.owner.query("SELECT * FROM customers WHERE id = $1", [id]);
  const consents = await world.owner.query(
    "SELECT count(*)::int AS n FROM customer_consents WHERE customer_id = $1",
    [id],
  );
  return { customer: customer.rows[0], consents: consents.rows[0].n };
}

describe("tenant B can never reach tenant A's customers", () => {
  it("every customer procedure with A's id answers NOT_FOUND and changes nothing", async () => {
    const before = await snapshot(aCustomer.id);
    const b = callerFor(world, bOwner).tenant.customers;
    const id = aCustomer.id;
    await refusedWith(b.get({ id }), "NOT_FOUND");
    await refusedWith(b.update({ id, firstName: "Hacked" }), "NOT_FOUND");
    await refusedWith(
      b.recordConsent({ customerId: id, channel: "sms", granted: true, source: "other" }),
      "NOT_FOUND",
    );
    await refusedWith(b.exportData({ id }), "NOT_FOUND");
    await refusedWith(b.erase({ id }), "NOT_FOUND");
    expect(await snapshot(aCustomer.id)).toEqual(before);
  });

  it("B's lists, searches, exports and filter options hold none of A's rows", async () => {
    const b = callerFor(world, bOwner).tenant.customers;
    const { rows: aIds } = await world.owner.query<{ id: string }>(
      "SELECT id FROM customers WHERE tenant_id = $1",
      [world.tenantA.id],
    );
    const aSet = new Set(aIds.map((row) => row.id));
    const everything = await b.list({ pageSize: 100 });
    expect(everything.total).toBeGreaterThan(0);
    expect(everything.rows.filter((row) => aSet.has(row.id))).toEqual([]);
    const byPhone = await b.list({ search: aCustomer.phone });
    expect(byPhone.total).toBe(0);
    const csv = await b.exportCsv({});
    expect(csv.csv).not.toContain(aCustomer.phone);
  });

  it("B may import a number A already has: duplicates are per business", async () => {
    const b = callerFor(world, bOwner).tenant.customers;
    const result = await b.import({
      csv: `first_name,phone\nTwin,${aCustomer.phone}\n`,
      dryRun: true,
    });
    expect(result).toEqual({ status: "ready", rowCount: 1 });
  });
});

describe("roles", () => {
  const readOnly: PersonName[] = ["tenant viewer", "impersonating owner (read-only)"];

  it.each(readOnly)("%s reads customers but every change is refused", async (person) => {
    const c = callerFor(world, person).tenant.customers;
    expect((await c.list({})).total).toBeGreaterThan(0);
    const before = await snapshot(aCustomer.id);
    const id = aCustomer.id;
    await refusedWith(c.create({ firstName: "Nope", phone: freshMobile() }), "FORBIDDEN");
    await refusedWith(c.update({ id, firstName: "Nope" }), "FORBIDDEN");
    await refusedWith(
      c.recordConsent({ customerId: id, channel: "sms", granted: true, source: "other" }),
      "FORBIDDEN",
    );
    await refusedWith(c.import({ csv: `first_name,phone\nX,${freshMobile()}\n` }), "FORBIDDEN");
    await refusedWith(c.erase({ id }), "FORBIDDEN");
    expect(await snapshot(aCustomer.id)).toEqual(before);
  });

  it("staff add and edit customers but cannot erase or export a customer's data", async () => {
    const staff = callerFor(world, "tenant staff").tenant.customers;
    const created = await staff.create({ firstName: "Staffed", phone: freshMobile() });
    await refusedWith(staff.erase({ id: created.id }), "FORBIDDEN");
    await refusedWith(staff.exportData({ id: created.id }), "FORBIDDEN");
    expect((await snapshot(created.id)).customer.erased_at).toBeNull();
  });
});

describe("privacy", () => {
  it("exports one customer's data as JSON with their messages", async () => {
    const data = await callerFor(world, "tenant admin").tenant.customers.exportData({
      id: aCustomer.id,
    });
    expect(data.customer.phone).toBe(aCustomer.phone);
    expect(data.conversations.length).toBeGreaterThan(0);
    expect(data.conversations.flatMap((c) => c.messages).length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(data)).customer.id).toBe(aCustomer.id);
  });

  it("erasure blanks personal fields and message text, keeps the totals, and is audited", async () => {
    const id = aCustomer.id;
    const totals = async () =>
      (
        await world.owner.query(
          `SELECT c.lifetime_value::text AS ltv,
             (SELECT count(*)::int FROM conversations v WHERE v.customer_id = c.id) AS conversations,
             (SELECT count(*)::int FROM messages m JOIN conversations v ON v.id = m.conversation_id
               WHERE v.customer_id = c.id) AS messages,
             (SELECT count(*)::int FROM messages m JOIN conversations v ON v.id = m.conversation_id
               WHERE v.customer_id = c.id AND m.content <> '') AS messages_with_text
           FROM customers c WHERE c.id = $1`,
          [id],
        )
      ).rows[0];
    const before = await totals();
    expect(before.messages_with_text).toBeGreaterThan(0);

    await callerFor(world, "tenant owner").tenant.customers.erase({ id });

    const after = await totals();
    expect(after).toEqual({ ...before, messages_with_text: 0 });
    const { customer } = await snapshot(id);
    expect(customer).toMatchObject({
      first_name: "Erased customer",
      last_name: null,
      email: null,
      location: null,
      tags: [],
    });
    expect(customer.phone).not.toBe(aCustomer.phone);
    expect(customer.erased_at).not.toBeNull();
    // Gone from the list; the number may come back as a new customer.
    const owner = callerFor(world, "tenant owner").tenant.customers;
    expect((await owner.list({ search: aCustomer.phone })).total).toBe(0);
    await owner.create({ firstName: "Returning", phone: aCustomer.phone });

    const audit = await world.owner.query(
      "SELECT row_to_json(a)::text AS everything, changed_fields FROM audit_logs a WHERE action = 'tenant.customers.erase' AND entity_id = $1",
      [id],
    );
    expect(audit.rowCount).toBe(1);
    expect(audit.rows[0].changed_fields).toContain("messages.content");
    expect(audit.rows[0].everything).not.toContain(aCustomer.phone);
  });
});
