import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { appRouter } from "../../root";
import { taskQueueFor } from "../../testing/task-runner";
import { createCallerFactory } from "../../trpc/init";
import { callerFor, freshMobile } from "./customers.test-world";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const importer = () => callerFor(world, "tenant owner").tenant.customers;
const count = async () =>
  (
    await world.owner.query("SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1", [
      world.tenantA.id,
    ])
  ).rows[0].n as number;

describe("importing customers from CSV", () => {
  it("imports a good file with quoted commas, a BOM, any phone format and consent columns", async () => {
    const [a, b] = [freshMobile(), freshMobile()];
    const csv =
      "\uFEFFFirst Name,last_name,Phone,email,language,tags,location,whatsapp_consent\r\n" +
      `Wanjiku,Mwangi,${a},wanjiku@example.com,sw,"vip, wholesale","Westlands, Nairobi",yes\r\n` +
      `Otieno,"Ochieng, Jr",+254 ${b.slice(1)},,English,,Kisumu,no\r\n`;
    const before = await count();
    const checked = await importer().import({ csv, dryRun: true });
    expect(checked).toEqual({ status: "ready", rowCount: 2 });
    expect(await count()).toBe(before);

    const imported = await importer().import({ csv });
    expect(imported).toEqual({ status: "imported", rowCount: 2 });
    expect(await count()).toBe(before + 2);
    const found = await importer().list({ search: a });
    expect(found.rows[0]).toMatchObject({
      name: "Wanjiku Mwangi",
      tags: ["vip", "wholesale"],
      location: "Westlands, Nairobi",
      language: "sw",
    });
    const detail = await importer().get({ id: found.rows[0]!.id });
    expect(detail.consents.whatsapp).toMatchObject({ granted: true, source: "csv_import" });
    const second = await importer().list({ search: b });
    expect(second.rows[0]?.lastName).toBe("Ochieng, Jr");
  });

  it("reports every problem by row and column and writes nothing (all or nothing)", async () => {
    const existing = await importer().create({ firstName: "Already", phone: freshMobile() });
    const [good, dup] = [freshMobile(), freshMobile()];
    const csv = [
      "first_name,phone,email,language",
      `Good,${good},,en`, // row 2: fine on its own
      "Bad,0712 345 67,,en", // row 3: bad phone
      `Dup,${dup},,en`, // row 4
      `Dup again,${dup.replace(/\s/g, "-")},,en`, // row 5: same number as row 4
      `Old,${existing.phone},,en`, // row 6: already a customer
      `,${freshMobile()},not-an-email,klingon`, // row 7: no name, bad email, bad language
    ].join("\n");
    const before = await count();
    const result = await importer().import({ csv });
    expect(result.status).toBe("rejected");
    if (result.status !== "rejected") return;
    const problems = result.problems.map((p) => `${p.row}:${p.column}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        "3:phone",
        "5:phone",
        "6:phone",
        "7:first_name",
        "7:email",
        "7:language",
      ]),
    );
    expect(problems).not.toContain("2:phone");
    expect(result.problems.find((p) => p.row === 5)?.problem).toMatch(/row 4/);
    expect(result.problems.find((p) => p.row === 6)?.problem).toMatch(/already exists/);
    expect(await count()).toBe(before);
    // Row 2's customer was not written either.
    expect((await importer().list({ search: good })).total).toBe(0);
  });

  it("names missing required columns", async () => {
    const result = await importer().import({
      csv: "name_of_person,email\nAmina,amina@example.com\n",
    });
    expect(result).toMatchObject({
      status: "rejected",
      problems: [
        { row: 1, column: "first_name", problem: expect.stringMatching(/missing/) },
        { row: 1, column: "phone", problem: expect.stringMatching(/missing/) },
      ],
    });
  });

  it("refuses more than 10,000 rows", async () => {
    const rows = Array.from(
      { length: 10_001 },
      (_, i) => `P${i},+2547${String(i).padStart(8, "0")}`,
    );
    const result = await importer().import({ csv: `first_name,phone\n${rows.join("\n")}` });
    expect(result).toMatchObject({ status: "rejected", rowCount: 10_001 });
  });

  it("imports 10,000 rows through the worker, all in one transaction", async () => {
    // 0106 (Airtel) numbers: the seed's mobiles start 07, earlier tests use 0115.
    const rows = Array.from(
      { length: 10_000 },
      (_, i) => `Mteja ${i},0106${String(i).padStart(6, "0")},whatsapp import`,
    );
    const queue = taskQueueFor(world);
    const customers = createCallerFactory(appRouter)(queue.contextFor("tenant owner")).tenant
      .customers;
    const before = await count();
    const started = Date.now();
    const result = await customers.import({
      csv: `first_name,phone,acquisition_channel\n${rows.join("\n")}`,
    });
    expect(result).toMatchObject({ status: "queued", rowCount: 10_000 });
    expect(await count()).toBe(before);
    const seen = await queue.run(queue.sent[0]!);
    const seconds = (Date.now() - started) / 1000;
    expect(seen.filter((p) => p > 0 && p < 100).length).toBeGreaterThanOrEqual(9);
    expect(await count()).toBe(before + 10_000);
    console.info(`10,000-row import (checked, queued, applied): ${seconds.toFixed(1)} s`);
  }, 90_000);
});
