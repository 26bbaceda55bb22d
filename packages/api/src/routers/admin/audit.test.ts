import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

let world: ApiWorld;
let ownerId: string;
let adminId: string;
let tenantOwnerId: string;
beforeAll(async () => {
  world = await createApiWorld();
  ownerId = world.sessions["platform owner"]!.userId;
  adminId = world.sessions["platform admin"]!.userId;
  tenantOwnerId = world.sessions["tenant owner"]!.userId;
  // Three rows on 3–4 March 2021 (Nairobi days), so no seeded row falls in the range.
  const row = (values: unknown[]) =>
    world.owner.query(
      `INSERT INTO audit_logs (actor_user_id, actor_user_type, actor_role, impersonator_id,
         tenant_id, action, entity, entity_id, changed_fields, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      values,
    );
  // The owner, logged in as business A with changes allowed, edits a customer.
  await row([
    ownerId,
    "tenant",
    "admin",
    ownerId,
    world.tenantA.id,
    "tenant.customers.update",
    "customer",
    "6d0f5d3e-3f6a-4c1e-9b1a-0c8f1d2e3a4b",
    ["phone"],
    "2021-03-03T10:00:00+03:00",
  ]);
  // An admin changes business B's fee.
  await row([
    adminId,
    "platform",
    "admin",
    null,
    world.tenantB.id,
    "admin.tenants.changeFee",
    "tenant",
    world.tenantB.id,
    ["monthly_fee"],
    "2021-03-03T23:30:00+03:00",
  ]);
  // Business A's owner invites someone, just after midnight on the 4th in Nairobi (the 3rd in UTC).
  await row([
    tenantOwnerId,
    "tenant",
    "owner",
    null,
    world.tenantA.id,
    "tenant.team.invite",
    "invitation",
    null,
    ["email", "role"],
    "2021-03-04T00:30:00+03:00",
  ]);
});
afterAll(() => world.close());

const call = (person: PersonName) => createCallerFactory(appRouter)(world.contextFor(person));

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

const MARCH_3 = { from: "2021-03-03", to: "2021-03-03" };

describe("admin.audit.list", () => {
  it("filters by Nairobi calendar days and shows an impersonated action with the owner and the business", async () => {
    const page = await call("platform admin").admin.audit.list(MARCH_3);
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.action)).toEqual([
      "admin.tenants.changeFee",
      "tenant.customers.update",
    ]);
    const impersonated = page.rows[1];
    expect(impersonated).toMatchObject({
      actor: { id: ownerId, type: "tenant", role: "admin", name: "Njambi Kariuki" },
      impersonator: { id: ownerId, name: "Njambi Kariuki" },
      tenant: { id: world.tenantA.id, name: "Jacaranda Homes & Lettings" },
      changedFields: ["phone"],
    });
    expect(page.rows[0]?.impersonator).toBeNull();
  });

  it("filters by actor (the impersonating owner included), business, action and entity", async () => {
    const api = call("platform owner");
    const range = { from: "2021-03-01", to: "2021-03-31" };
    const byOwner = await api.admin.audit.list({ ...range, actorId: ownerId });
    expect(byOwner.rows.map((row) => row.action)).toEqual(["tenant.customers.update"]);
    const byTenant = await api.admin.audit.list({ ...range, tenantId: world.tenantA.id });
    expect(byTenant.rows.map((row) => row.action)).toEqual([
      "tenant.team.invite",
      "tenant.customers.update",
    ]);
    expect(byTenant.rows[0]?.actor.name).toBeTruthy();
    const byEntity = await api.admin.audit.list({ ...range, entity: "tenant" });
    expect(byEntity.rows.map((row) => row.action)).toEqual(["admin.tenants.changeFee"]);
    const byAction = await api.admin.audit.list({ ...range, action: "tenant.team.invite" });
    expect(byAction.total).toBe(1);
  });

  it("pages through the log with the total", async () => {
    const api = call("platform owner");
    const range = { from: "2021-03-01", to: "2021-03-31", pageSize: 10 };
    const first = await api.admin.audit.list({ ...range, page: 1 });
    expect(first.total).toBe(3);
    const beyond = await api.admin.audit.list({ ...range, page: 2 });
    expect(beyond).toMatchObject({ rows: [], total: 3, page: 2 });
  });

  it("offers filter values from the log", async () => {
    const options = await call("platform owner").admin.audit.filterOptions();
    expect(options.actions).toEqual(
      expect.arrayContaining(["admin.tenants.changeFee", "tenant.team.invite"]),
    );
    expect(options.tenants.map((tenant) => tenant.name)).toEqual(
      expect.arrayContaining(["Jacaranda Homes & Lettings"]),
    );
    expect(options.actors.some((actor) => actor.id === tenantOwnerId)).toBe(true);
  });

  it("refuses bad filters with BAD_REQUEST and everyone but the owner and admins", async () => {
    const api = call("platform owner");
    expect(await codeOf(api.admin.audit.list({ from: "2021-03-05", to: "2021-03-01" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(api.admin.audit.list({ actorId: "not-a-uuid" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.admin.audit.list({ from: "03/03/2021" }))).toBe("BAD_REQUEST");
    for (const person of ["sales rep", "support", "tenant owner"] as const) {
      expect(await codeOf(call(person).admin.audit.list({}))).toBe("FORBIDDEN");
    }
  });
});
