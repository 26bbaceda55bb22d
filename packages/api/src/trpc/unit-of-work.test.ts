import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { NotFoundError } from "../errors";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { createCallerFactory, router } from "./init";
import { tenantProcedure, tenantWriteProcedure } from "./procedures";

// Customer procedures as later issues will write them: ids from input, tenant from the session.
const customers = router({
  list: tenantProcedure.query(({ ctx }) =>
    ctx.db.customer.findMany({ select: { id: true, tenantId: true } }),
  ),
  byId: tenantProcedure.input(z.object({ id: z.uuid() })).query(async ({ ctx, input }) => {
    const customer = await ctx.db.customer.findFirst({ where: { id: input.id } });
    if (!customer) throw new NotFoundError("Customer");
    return customer;
  }),
  rename: tenantWriteProcedure
    .input(z.object({ id: z.uuid(), firstName: z.string().min(1), failAfterWrite: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.customer.update({
        where: { id: input.id },
        data: { firstName: input.firstName },
      });
      ctx.audit({
        entity: "customer",
        entityId: input.id,
        changedFields: { firstName: input.firstName },
      });
      if (input.failAfterWrite) throw new Error("the SMS provider refused the receipt");
      return "renamed";
    }),
  // A viewer's insert reaches PostgreSQL, whose row-level security refuses it.
  addAsAnyone: tenantProcedure.mutation(({ ctx }) =>
    ctx.db.customer.create({ data: { phone: "+254722555001", firstName: "Otieno" } }),
  ),
  // A write slipped into a query: queries run in READ ONLY transactions.
  addInAQuery: tenantWriteProcedure.query(({ ctx }) =>
    ctx.db.customer.create({ data: { phone: "+254722555002", firstName: "Chebet" } }),
  ),
});
const createCaller = createCallerFactory(router({ tenant: router({ customers }) }));

let world: ApiWorld;
let customerOfA: string;
let customerOfB: string;
beforeAll(async () => {
  world = await createApiWorld();
  const firstCustomer = async (tenantId: string) =>
    String(
      (
        await world.owner.query(
          "SELECT id FROM customers WHERE tenant_id = $1 ORDER BY id LIMIT 1",
          [tenantId],
        )
      ).rows[0].id,
    );
  customerOfA = await firstCustomer(world.tenantA.id);
  customerOfB = await firstCustomer(world.tenantB.id);
});
afterAll(async () => {
  await world?.close();
});

const auditRows = async (entityId: string) =>
  (await world.owner.query("SELECT * FROM audit_logs WHERE entity_id = $1 ORDER BY id", [entityId]))
    .rows;
const firstNameOf = async (id: string) =>
  (await world.owner.query("SELECT first_name FROM customers WHERE id = $1", [id])).rows[0]
    .first_name;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof TRPCError ? error.code : error),
  );

describe("another tenant's ids", () => {
  it("never appear in a broad list", async () => {
    const list = await createCaller(world.contextFor("tenant viewer")).tenant.customers.list();
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((customer) => customer.tenantId))).toEqual(new Set([world.tenantA.id]));
    expect(list.map((customer) => customer.id)).not.toContain(customerOfB);
  });

  it("read as not found, as if they did not exist", async () => {
    const caller = createCaller(world.contextFor("tenant owner")).tenant.customers;
    await expect(caller.byId({ id: customerOfA })).resolves.toMatchObject({ id: customerOfA });
    expect(await codeOf(caller.byId({ id: customerOfB }))).toBe("NOT_FOUND");
  });

  it("cannot be changed: NOT_FOUND, B's row untouched, no audit row", async () => {
    const before = await firstNameOf(customerOfB);
    const caller = createCaller(world.contextFor("tenant admin")).tenant.customers;
    expect(
      await codeOf(caller.rename({ id: customerOfB, firstName: "Mallory", failAfterWrite: false })),
    ).toBe("NOT_FOUND");
    expect(await firstNameOf(customerOfB)).toBe(before);
    expect(await auditRows(customerOfB)).toEqual([]);
  });
});

describe("a mutation's audit row", () => {
  it("is one row naming both the acting owner and the impersonator, with field names only", async () => {
    const person = "impersonating owner (changes allowed)";
    const session = world.sessions[person];
    const caller = createCaller(world.contextFor(person)).tenant.customers;
    await caller.rename({ id: customerOfA, firstName: "Wairimu", failAfterWrite: false });

    const rows = await auditRows(customerOfA);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor_user_id: session?.userId,
      actor_user_type: "tenant",
      actor_role: "admin",
      impersonator_id: session?.userId,
      tenant_id: world.tenantA.id,
      action: "tenant.customers.rename",
      entity: "customer",
      entity_id: customerOfA,
      changed_fields: ["firstName"],
      request_id: "test-impersonating-owner-changes-allowed-",
      ip: "197.232.10.4",
    });
    expect(JSON.stringify(rows[0])).not.toContain("Wairimu");
  });

  it("is not left behind when the mutation throws, and neither is its change", async () => {
    const before = await firstNameOf(customerOfA);
    const rowsBefore = (await auditRows(customerOfA)).length;
    const caller = createCaller(world.contextFor("tenant staff")).tenant.customers;
    expect(
      await codeOf(caller.rename({ id: customerOfA, firstName: "Kiprono", failAfterWrite: true })),
    ).toBe("INTERNAL_SERVER_ERROR");
    expect(await firstNameOf(customerOfA)).toBe(before);
    expect(await auditRows(customerOfA)).toHaveLength(rowsBefore);
  });

  it("is written by default, named after the procedure, when the handler declares nothing", async () => {
    const caller = createCaller(world.contextFor("tenant owner")).tenant.customers;
    await caller.addAsAnyone();
    const { rows } = await world.owner.query(
      "SELECT entity, entity_id, changed_fields FROM audit_logs WHERE action = 'tenant.customers.addAsAnyone'",
    );
    expect(rows).toEqual([{ entity: "customers", entity_id: null, changed_fields: [] }]);
  });
});

describe("PostgreSQL's refusals", () => {
  it("come back FORBIDDEN (row-level security: a viewer cannot add a customer)", async () => {
    const caller = createCaller(world.contextFor("tenant viewer")).tenant.customers;
    expect(await codeOf(caller.addAsAnyone())).toBe("FORBIDDEN");
  });

  it("hold for a read-only impersonation, which PostgreSQL checks against its session row", async () => {
    const caller = createCaller(world.contextFor("impersonating owner (read-only)")).tenant
      .customers;
    expect(await codeOf(caller.addAsAnyone())).toBe("FORBIDDEN");
  });
});

describe("a query", () => {
  it("cannot write, whoever calls it: PostgreSQL refuses it and nothing is kept", async () => {
    const count = async () =>
      Number(
        (
          await world.owner.query("SELECT count(*) FROM customers WHERE tenant_id = $1", [
            world.tenantA.id,
          ])
        ).rows[0].count,
      );
    const before = await count();
    const caller = createCaller(world.contextFor("tenant owner")).tenant.customers;
    expect(await codeOf(caller.addInAQuery())).toBe("INTERNAL_SERVER_ERROR");
    expect(await count()).toBe(before);
    expect(await caller.list()).toHaveLength(before);
  });
});

describe("login as tenant", () => {
  it("stops working the moment its session row ends, whatever the JWT says", async () => {
    const person = "impersonating owner (read-only)";
    const caller = createCaller(world.contextFor(person)).tenant.customers;
    await expect(caller.byId({ id: customerOfA })).resolves.toMatchObject({ id: customerOfA });
    // Stop: the owner's sessions on this business end (the fixture holds two).
    const owner = world.sessions[person]?.userId;
    const stop = "UPDATE impersonation_sessions SET ended_at = now() WHERE owner_id = $1";
    await world.owner.query(stop, [owner]);
    try {
      expect(await codeOf(caller.byId({ id: customerOfA }))).toBe("UNAUTHORIZED");
    } finally {
      await world.owner.query(
        "UPDATE impersonation_sessions SET ended_at = NULL WHERE owner_id = $1",
        [owner],
      );
    }
  });
});
