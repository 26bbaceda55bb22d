import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { BACKGROUND_IMPORT_ROWS } from "../../services/customers/import-task";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { taskQueueFor } from "../../testing/task-runner";
import { createCallerFactory } from "../../trpc/init";
import { refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let queue: ReturnType<typeof taskQueueFor>;
beforeAll(async () => {
  world = await createApiWorld();
  queue = taskQueueFor(world);
});
afterAll(() => world.close());

const customers = (person: PersonName) =>
  createCallerFactory(appRouter)(queue.contextFor(person)).tenant.customers;
const count = async () =>
  (
    await world.owner.query("SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1", [
      world.tenantA.id,
    ])
  ).rows[0].n as number;
/** `n` rows with mobiles from a block no other test uses (0107 + `block`). */
const csvOf = (n: number, block: string) =>
  [
    "first_name,phone,whatsapp_consent",
    ...Array.from(
      { length: n },
      (_, i) => `Mteja ${i},0107${block}${String(i).padStart(5, "0")},yes`,
    ),
  ].join("\n");

describe("a large customer import runs in the background", () => {
  it("small files are still applied at once", async () => {
    const result = await customers("tenant staff").import({ csv: csvOf(3, "0") });
    expect(result).toEqual({ status: "imported", rowCount: 3 });
  });

  it("is checked at once, then applied by the worker with progress, all in one go", async () => {
    const rows = BACKGROUND_IMPORT_ROWS + 1_500;
    const before = await count();
    const result = await customers("tenant staff").import({ csv: csvOf(rows, "1") });
    expect(result).toMatchObject({ status: "queued", rowCount: rows });
    if (result.status !== "queued") throw new Error("not queued");
    expect(await count()).toBe(before);
    expect(queue.sent.at(-1)).toEqual({ taskId: result.taskId, tenantId: world.tenantA.id });
    // Everyone in the business may watch it; progress starts at zero.
    expect(await customers("tenant viewer").importProgress({ id: result.taskId })).toMatchObject({
      status: "queued",
      progressPercent: 0,
    });

    const seen = await queue.run({ taskId: result.taskId, tenantId: world.tenantA.id });
    expect(seen.filter((p) => p > 0 && p < 100).length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toBe(100);
    expect(await count()).toBe(before + rows);
    expect(await customers("tenant staff").importProgress({ id: result.taskId })).toMatchObject({
      status: "done",
      progressPercent: 100,
      rowsDone: rows,
      result: { created: rows },
    });
    const consents = await world.owner.query(
      `SELECT count(*)::int AS n FROM customer_consents c JOIN customers u ON u.id = c.customer_id
       WHERE u.phone LIKE '+2541071%' AND c.source = 'csv_import' AND c.recorded_by IS NOT NULL`,
    );
    expect(consents.rows[0].n).toBe(rows);
    // The file is gone once applied; the audit names the import.
    const files = await world.owner.query(
      "SELECT count(*)::int AS n FROM background_task_files WHERE task_id = $1",
      [result.taskId],
    );
    expect(files.rows[0].n).toBe(0);
    const audit = await world.owner.query(
      "SELECT count(*)::int AS n FROM audit_logs WHERE action = 'tenant.customers.import' AND entity_id = $1",
      [result.taskId],
    );
    expect(audit.rows[0].n).toBe(1);
  }, 60_000);

  it("adds nothing when the file stopped fitting before the worker ran, and says so", async () => {
    const rows = BACKGROUND_IMPORT_ROWS + 10;
    const result = await customers("tenant owner").import({ csv: csvOf(rows, "2") });
    if (result.status !== "queued") throw new Error("not queued");
    // Someone adds one of the file's customers by hand in the meantime (the file's last row).
    await customers("tenant owner").create({
      firstName: "Imeingia",
      phone: `0107 2${String(rows - 1).padStart(5, "0")}`,
    });
    const before = await count();
    await queue.run({ taskId: result.taskId, tenantId: world.tenantA.id });
    expect(await count()).toBe(before);
    const failed = await customers("tenant owner").importProgress({ id: result.taskId });
    expect(failed).toMatchObject({
      status: "failed",
      error: expect.stringContaining("Nothing was imported"),
    });
    expect(failed.result).toMatchObject({
      problems: [
        { row: rows + 1, column: "phone", problem: expect.stringContaining("already exists") },
      ],
    });
  }, 60_000);

  it("viewers cannot import, and another business cannot see the progress", async () => {
    await refusedWith(
      customers("tenant viewer").import({ csv: csvOf(BACKGROUND_IMPORT_ROWS + 1, "3") }),
      "FORBIDDEN",
    );
    const [task] = queue.sent;
    const ownerOfB = await tenantBOwner(world);
    const asB = createCallerFactory(appRouter)({
      ...queue.contextFor("anonymous"),
      session: ownerOfB,
    });
    await refusedWith(asB.tenant.customers.importProgress({ id: task!.taskId }), "NOT_FOUND");
  });
});
