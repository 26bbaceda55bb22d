import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuplicatePhoneError } from "../../services/customers";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { callerFor, freshMobile, refusedWith } from "./customers.test-world";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const owner = () => callerFor(world, "tenant owner").tenant.customers;

async function storedCustomer(id: string) {
  const { rows } = await world.owner.query(
    "SELECT first_name, phone, email, tags, erased_at, deleted_at, lifetime_value::text FROM customers WHERE id = $1",
    [id],
  );
  return rows[0];
}

describe("adding and editing customers", () => {
  it("stores the phone in E.164 whatever the format typed, and audits field names only", async () => {
    const typed = freshMobile();
    const created = await owner().create({
      firstName: "Akinyi",
      lastName: "Odhiambo",
      phone: typed,
      email: "Akinyi.O@Example.com",
      tags: ["VIP", "vip", " wholesale "],
      languagePreference: "sw",
    });
    expect(created.phone).toBe(`+254${typed.replace(/\D/g, "").slice(1)}`);
    expect(created.email).toBe("akinyi.o@example.com");
    expect(created.tags).toEqual(["vip", "wholesale"]);
    const audit = await world.owner.query(
      "SELECT action, entity, entity_id, changed_fields, row_to_json(a)::text AS everything FROM audit_logs a WHERE entity_id = $1",
      [created.id],
    );
    expect(audit.rows[0]).toMatchObject({ action: "tenant.customers.create", entity: "customer" });
    expect(audit.rows[0].changed_fields).toEqual(expect.arrayContaining(["firstName", "phone"]));
    // No personal value reaches the audit log.
    expect(audit.rows[0].everything).not.toMatch(/Akinyi|Odhiambo|example\.com|\+254/);
  });

  it("refuses an invalid phone with a field error, writing nothing", async () => {
    const before = await world.owner.query("SELECT count(*)::int AS n FROM customers");
    const error = await refusedWith(
      owner().create({ firstName: "Juma", phone: "0712 345 67" }),
      "BAD_REQUEST",
    );
    expect(error.cause).toBeDefined();
    const after = await world.owner.query("SELECT count(*)::int AS n FROM customers");
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("refuses a duplicate phone, naming the existing customer's id for the link", async () => {
    const phone = freshMobile();
    const first = await owner().create({ firstName: "Baraka", phone });
    // The same number in another format is the same number.
    const international = `+254 ${phone.slice(1)}`;
    const error = await refusedWith(
      owner().create({ firstName: "Someone", phone: international }),
      "BAD_REQUEST",
    );
    expect(error.cause).toBeInstanceOf(DuplicatePhoneError);
    const { fieldErrors } = error.cause as DuplicatePhoneError;
    expect(fieldErrors.phone?.[0]).toMatch(/Baraka already has this phone number/);
    expect(fieldErrors.existingCustomerId).toEqual([first.id]);

    const other = await owner().create({ firstName: "Chebet", phone: freshMobile() });
    await refusedWith(owner().update({ id: other.id, phone }), "BAD_REQUEST");
    expect((await storedCustomer(other.id))?.first_name).toBe("Chebet");
  });

  it("edits a customer and shows it in the detail", async () => {
    const created = await owner().create({ firstName: "Daudi", phone: freshMobile() });
    await callerFor(world, "tenant staff").tenant.customers.update({
      id: created.id,
      firstName: "David",
      location: "Kilimani, Nairobi",
    });
    const detail = await owner().get({ id: created.id });
    expect(detail.customer.name).toBe("David");
    expect(detail.customer.location).toBe("Kilimani, Nairobi");
    expect(detail.consents).toEqual({ whatsapp: null, sms: null, email: null });
  });
});

describe("finding customers", () => {
  it("finds a customer by phone typed in any Kenyan format, by name and by email", async () => {
    const phone = freshMobile();
    const created = await owner().create({
      firstName: "Nafula",
      lastName: "Wekesa",
      phone,
      email: "nafula.w@example.com",
    });
    const digits = phone.replace(/\D/g, "");
    for (const search of [
      phone,
      `+254${digits.slice(1)}`,
      `254-${digits.slice(1, 4)}-${digits.slice(4)}`,
      digits.slice(4), // part of the number
      "nafula wekesa",
      "NAFULA.W@",
    ]) {
      const found = await owner().list({ search });
      expect(
        found.rows.map((row) => row.id),
        search,
      ).toContain(created.id);
    }
    const nobody = await owner().list({ search: "0799 999 999" });
    expect(nobody.rows.map((row) => row.id)).not.toContain(created.id);
  });

  it("filters by tag, language, channel and last activity; pages and sorts on the server", async () => {
    const tag = `t${Date.now()}`;
    const ids: string[] = [];
    for (const [index, language] of (["sw", "sw", "en"] as const).entries()) {
      const created = await owner().create({
        firstName: `Filter${index}`,
        phone: freshMobile(),
        tags: [tag],
        languagePreference: language,
        acquisitionChannel: "Walk-in",
      });
      ids.push(created.id);
    }
    await world.owner.query("UPDATE customers SET last_active_at = now() WHERE id = $1", [ids[0]]);

    const swahili = await owner().list({ tags: [tag], language: "sw" });
    expect(swahili.rows.map((row) => row.id).sort()).toEqual([ids[0], ids[1]].sort());
    const recent = await owner().list({ tags: [tag], lastActive: "7d" });
    expect(recent.rows.map((row) => row.id)).toEqual([ids[0]]);
    const never = await owner().list({ tags: [tag], lastActive: "never" });
    expect(never.total).toBe(2);
    const channel = await owner().list({ tags: [tag], acquisitionChannel: "walk-in" });
    expect(channel.total).toBe(3);

    const page1 = await owner().list({ tags: [tag], sort: "name", direction: "asc", pageSize: 5 });
    expect(page1.rows.map((row) => row.firstName)).toEqual(["Filter0", "Filter1", "Filter2"]);
    const all = await owner().list({ pageSize: 5, page: 2, sort: "name", direction: "desc" });
    expect(all.rows).toHaveLength(5);
    expect(all.total).toBeGreaterThan(10);
    expect(all.pageCount).toBe(Math.ceil(all.total / 5));

    const options = await owner().filterOptions();
    expect(options.tags).toContain(tag);
    expect(options.channels).toContain("Walk-in");
  });

  it("exports the current filter as CSV, defusing formulas but not phone numbers", async () => {
    const tag = `x${Date.now()}`;
    await owner().create({ firstName: "=HYPERLINK(1)", phone: freshMobile(), tags: [tag] });
    const { csv, rowCount } = await owner().exportCsv({ tags: [tag] });
    expect(rowCount).toBe(1);
    const [header, line] = csv.split(/\r?\n/);
    expect(header).toMatch(/^first_name,last_name,phone,email/);
    expect(line).toMatch(/^'=HYPERLINK\(1\),,\+2541/);
  });
});

describe("consent", () => {
  it("records grants and opt-outs; campaigns reach only the currently consenting", async () => {
    const consenting = await owner().create({ firstName: "Yes", phone: freshMobile() });
    const optedOut = await owner().create({
      firstName: "No",
      phone: freshMobile(),
      email: "no@example.com",
    });
    const staff = callerFor(world, "tenant staff").tenant.customers;
    for (const id of [consenting.id, optedOut.id]) {
      await staff.recordConsent({
        customerId: id,
        channel: "whatsapp",
        granted: true,
        source: "in_person",
      });
    }
    await staff.recordConsent({
      customerId: optedOut.id,
      channel: "whatsapp",
      granted: false,
      source: "customer_request",
      byCustomer: true,
    });
    await staff.recordConsent({
      customerId: consenting.id,
      channel: "email",
      granted: true,
      source: "website_form",
    });

    const detail = await owner().get({ id: optedOut.id });
    expect(detail.consents.whatsapp).toMatchObject({
      granted: false,
      byCustomer: true,
      source: "customer_request",
    });

    const { consentingCustomerIds } = await import("../../services/customers");
    const [whatsapp, email] = await world.database.runUnitOfWork(
      {
        type: "tenant",
        tenantId: world.tenantA.id,
        userId: world.sessions["tenant owner"]!.userId,
        role: "owner",
      },
      (db) =>
        Promise.all([
          consentingCustomerIds(db, world.tenantA.id, "whatsapp"),
          consentingCustomerIds(db, world.tenantA.id, "email"),
        ]),
    );
    expect(whatsapp).toContain(consenting.id);
    expect(whatsapp).not.toContain(optedOut.id);
    // Consent to email without an email address reaches nobody.
    expect(email).not.toContain(consenting.id);
  });
});
