import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformSessionClaims, SessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import { acceptInvitation } from "../../team/accept-invitation";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

let world: ApiWorld;
let repA: PlatformSessionClaims;
let repB: PlatformSessionClaims;

beforeAll(async () => {
  world = await createApiWorld();
  repA = world.sessions["sales rep"] as PlatformSessionClaims;
  const { rows } = await world.owner.query<{ id: string }>(
    "SELECT id FROM platform_users WHERE email = 'sales.mombasa@demo.aizalo.test'",
  );
  repB = { userType: "platform", userId: rows[0]!.id, role: "sales", sessionVersion: 1 };
});
afterAll(() => world.close());

const demos = (session: SessionClaims) =>
  createCallerFactory(appRouter)({ ...world.contextFor("anonymous"), session }).sales.demoAccounts;

async function countIn(table: string, tenantId: string): Promise<number> {
  const { rows } = await world.owner.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${table} WHERE tenant_id = $1`,
    [tenantId],
  );
  return Number(rows[0]!.n);
}

describe("demo accounts", () => {
  it("creates a demo business full of sample data, marked demo, expiring, for the rep alone", async () => {
    const seedRestaurant = await world.owner.query<{ id: string }>(
      "SELECT id FROM tenants WHERE industry = 'restaurants' AND NOT is_demo LIMIT 1",
    );
    const seedCustomersBefore = await countIn("customers", seedRestaurant.rows[0]!.id);

    const started = Date.now();
    const demo = await demos(repA).create({ industry: "restaurants" });
    expect(demo.subdomain).toMatch(/^demo-restaurants-[0-9a-f]{4}$/);

    const { rows } = await world.owner.query(
      `SELECT is_demo, demo_expires_at, assigned_sales_rep_id, subscription_status::text AS status
       FROM tenants WHERE id = $1`,
      [demo.tenantId],
    );
    expect(rows[0]).toMatchObject({
      is_demo: true,
      assigned_sales_rep_id: repA.userId,
      status: "trial",
    });
    // demo.account_days is 14 in the seeded platform settings.
    const lifetime = (rows[0].demo_expires_at as Date).getTime() - started;
    expect(lifetime).toBeGreaterThan(14 * 86_400_000 - 60_000);
    expect(lifetime).toBeLessThan(14 * 86_400_000 + 60_000);

    expect(await countIn("customers", demo.tenantId)).toBe(demo.counts.customers);
    expect(demo.counts.customers).toBeGreaterThan(10);
    expect(await countIn("conversations", demo.tenantId)).toBeGreaterThan(0);
    expect(await countIn("messages", demo.tenantId)).toBeGreaterThan(0);
    expect(await countIn("leads", demo.tenantId)).toBe(demo.counts.leads);
    expect(await countIn("website_pages", demo.tenantId)).toBeGreaterThan(0);
    // The seed's own restaurant keeps its data: the sample rows are copies with new ids.
    expect(await countIn("customers", seedRestaurant.rows[0]!.id)).toBe(seedCustomersBefore);

    expect((await demos(repA).list()).map((row) => row.id)).toContain(demo.tenantId);
    expect((await demos(repB).list()).map((row) => row.id)).not.toContain(demo.tenantId);

    // The rep opens the workspace through the owner's invitation.
    const token = new URL(demo.invitationLink).pathname.split("/").at(-1)!;
    await expect(
      acceptInvitation({ token, password: "demo tilapia by the lake", ip: null }, world.database),
    ).resolves.toEqual({ ok: true, signInPath: `/${demo.subdomain}/login` });
  });

  it("lives for the days the rep asks, and two demos of one industry do not collide", async () => {
    const first = await demos(repA).create({ industry: "law", days: 3 });
    const second = await demos(repA).create({ industry: "law", days: 3 });
    expect(first.subdomain).not.toBe(second.subdomain);
    const days = (first.demoExpiresAt.getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(3);
    await expect(demos(repA).create({ industry: "law", days: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("is for sales reps: support may look but not create", async () => {
    await expect(demos(world.sessions.support!).create({ industry: "tech" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
  });
});
