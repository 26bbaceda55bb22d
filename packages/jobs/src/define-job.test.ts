import { TenantScopeError } from "@aizalo/db";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "./define-job";
import { captureLogger, useJobTestDatabase } from "./testing/job-test-database";

interface Settings {
  purpose: string;
  user_type: string;
  tenant_id: string;
}

let seen: Settings | undefined;
const whoAmI = defineJob({
  name: "test.who-am-i",
  payload: z.object({}),
  async handler(_payload, { runUnitOfWork }) {
    seen = await runUnitOfWork(async (db) => {
      const [row] = await db.$queryRaw<Settings[]>`
        SELECT current_setting('app.purpose') AS purpose,
               current_setting('app.user_type') AS user_type,
               current_setting('app.tenant_id') AS tenant_id`;
      return row;
    });
  },
});

/** A job for one tenant: renames "its" customer, and tries the same on another tenant's. */
const renameCustomers = defineJob({
  name: "test.rename-customers",
  payload: z.object({ tenantId: z.uuid(), ownCustomerId: z.uuid(), otherCustomerId: z.uuid() }),
  tenantIdOf: (payload) => payload.tenantId,
  async handler(payload, { runUnitOfWork }) {
    await runUnitOfWork(async (db) => {
      await db.customer.updateMany({
        where: { id: { in: [payload.ownCustomerId, payload.otherCustomerId] } },
        data: { firstName: "Renamed" },
      });
    });
  },
});

const h = useJobTestDatabase([whoAmI, renameCustomers]);
const { log } = captureLogger();

async function customerOf(tenantId: string): Promise<string> {
  const result = await h.owner.query<{ id: string }>(
    `INSERT INTO customers (tenant_id, phone, first_name) VALUES ($1, '+254722000111', 'Achieng') RETURNING id`,
    [tenantId],
  );
  return result.rows[0]!.id;
}

describe("a job's unit of work", () => {
  it("runs as the system actor named after the job", async () => {
    await whoAmI.run({}, { database: h.database, log });
    expect(seen).toEqual({ purpose: "job:test.who-am-i", user_type: "system", tenant_id: "" });
  });

  it("confined to a tenant, leaves another tenant's rows alone", async () => {
    const own = await customerOf(h.tenantA.id);
    const other = await customerOf(h.tenantB.id);

    await renameCustomers.run(
      { tenantId: h.tenantA.id, ownCustomerId: own, otherCustomerId: other },
      { database: h.database, log },
    );

    const names = await h.owner.query<{ id: string; first_name: string }>(
      "SELECT id, first_name FROM customers WHERE id = ANY ($1)",
      [[own, other]],
    );
    expect(Object.fromEntries(names.rows.map((row) => [row.id, row.first_name]))).toEqual({
      [own]: "Renamed",
      [other]: "Achieng",
    });
  });

  it("confined to a tenant, cannot create rows for another tenant", async () => {
    const createForB = defineJob({
      name: "test.create-for-other-tenant",
      payload: z.object({ tenantId: z.uuid(), otherTenantId: z.uuid() }),
      tenantIdOf: (payload) => payload.tenantId,
      async handler(payload, { runUnitOfWork }) {
        await runUnitOfWork((db) =>
          db.customer.create({ data: { tenantId: payload.otherTenantId, phone: "+254722000222" } }),
        );
      },
    });
    await expect(
      createForB.run(
        { tenantId: h.tenantA.id, otherTenantId: h.tenantB.id },
        { database: h.database, log },
      ),
    ).rejects.toBeInstanceOf(TenantScopeError);
  });

  it("refuses a payload that does not match the job's schema", async () => {
    await expect(
      renameCustomers.run({ tenantId: "not-a-uuid" }, { database: h.database, log }),
    ).rejects.toThrow(/Invalid/);
  });
});
