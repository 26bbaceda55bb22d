import type { TenantSessionClaims } from "../../auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { callerFor, refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let bOwner: TenantSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  bOwner = await tenantBOwner(world);
  // Something done in each business, and by Aizalo's owner "logged in as" business A.
  await callerFor(world, "tenant owner").tenant.settings.updateAiTone({
    tone: "formal",
    instructions: "",
  });
  await callerFor(world, "impersonating owner (changes allowed)").tenant.settings.updateLanguages({
    enabled: ["en", "sw"],
    primary: "sw",
  });
  await callerFor(world, bOwner).tenant.settings.updateAiTone({ tone: "casual", instructions: "" });
});
afterAll(() => world.close());

const activityAs = (person: PersonName | TenantSessionClaims) =>
  callerFor(world, person).tenant.activity;

async function fullName(table: "tenant_users" | "platform_users", id: string | undefined) {
  const { rows } = await world.owner.query(`SELECT full_name FROM ${table} WHERE id = $1`, [id]);
  return String(rows[0]?.full_name);
}

describe("the business's activity", () => {
  it("the owner sees who did what, with Aizalo's owner named when they acted as the business", async () => {
    const { entries } = await activityAs("tenant owner").list({});
    const ownerName = await fullName("tenant_users", world.sessions["tenant owner"]?.userId);
    const platformName = await fullName("platform_users", world.sessions["platform owner"]?.userId);
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "tenant.settings.updateAiTone",
        actor: { name: ownerName, platform: false },
        impersonator: null,
        changedFields: ["ai.instructions", "ai.tone"],
      }),
    );
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "tenant.settings.updateLanguages",
        actor: { name: platformName, platform: true },
        impersonator: { name: platformName, platform: true },
        actorRole: "admin",
      }),
    );
  });

  it("filters by person, kind of record and date, and pages 25 at a time", async () => {
    const admin = world.sessions["tenant admin"]?.userId;
    await world.owner.query(
      `INSERT INTO audit_logs (actor_user_id, actor_user_type, actor_role, tenant_id, action, entity, created_at)
       SELECT $1, 'tenant', 'admin', $2, 'tenant.customers.update', 'customer',
         now() - interval '40 days' + g * interval '1 minute'
       FROM generate_series(1, 30) g`,
      [admin, world.tenantA.id],
    );
    const owner = activityAs("tenant owner");
    const first = await owner.list({ actorId: admin, entity: "customer" });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.entries).toHaveLength(25);
    const second = await owner.list({ actorId: admin, entity: "customer", page: 2 });
    expect(second.entries).toHaveLength(5);
    expect(new Set([...first.entries, ...second.entries].map((e) => e.id)).size).toBe(30);
    expect(first.actors.map((a) => a.id)).toContain(admin);
    expect(first.entities).toEqual(expect.arrayContaining(["customer", "tenant_setting"]));
    const recent = await owner.list({ from: new Date(Date.now() - 86_400_000) });
    expect(recent.entries.every((e) => e.entity !== "customer")).toBe(true);
    expect(recent.total).toBeGreaterThanOrEqual(2);
    await refusedWith(
      owner.list({ from: new Date("2026-05-02"), to: new Date("2026-05-01") }),
      "BAD_REQUEST",
    );
    await refusedWith(owner.list({ entity: "Robert'); DROP TABLE" }), "BAD_REQUEST");
  });

  it("staff, viewers and a read-only impersonation are refused; PostgreSQL shows them no rows", async () => {
    for (const person of [
      "tenant staff",
      "tenant viewer",
      "impersonating owner (read-only)",
    ] as const) {
      await refusedWith(activityAs(person).list({}), "FORBIDDEN");
    }
    for (const role of ["staff", "viewer"] as const) {
      const session = world.sessions[`tenant ${role}`] as TenantSessionClaims;
      const seen = await world.database.runUnitOfWork(
        { type: "tenant", tenantId: world.tenantA.id, userId: session.userId, role },
        async (db) => ({
          rows: await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM audit_logs`,
          names: await db.$queryRaw<{ id: string }[]>`
            SELECT id FROM app.tenant_activity_people(${[session.userId]}::uuid[])`,
        }),
      );
      expect(seen).toEqual({ rows: [{ n: 0 }], names: [] });
    }
  });

  it("another business sees only its own rows, and cannot name A's people", async () => {
    const { rows } = await world.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_logs WHERE tenant_id = $1",
      [world.tenantB.id],
    );
    const b = await activityAs(bOwner).list({});
    expect(b.total).toBe(rows[0]?.n);
    expect(b.entries.map((e) => e.action)).not.toContain("tenant.settings.updateLanguages");
    const aOwnerId = world.sessions["tenant owner"]?.userId;
    const asA = await activityAs(bOwner).list({ actorId: aOwnerId });
    expect(asA).toMatchObject({ total: 0, entries: [] });
    expect(b.actors.map((a) => a.id)).not.toContain(aOwnerId);
    const named = await world.database.runUnitOfWork(
      { type: "tenant", tenantId: world.tenantB.id, userId: bOwner.userId, role: "owner" },
      (db) => db.$queryRaw<{ id: string }[]>`
        SELECT id FROM app.tenant_activity_people(${[aOwnerId, world.sessions["platform owner"]?.userId]}::uuid[])`,
    );
    // B has no row by A's owner, and no "login as tenant" by the platform owner.
    expect(named).toEqual([]);
  });
});
