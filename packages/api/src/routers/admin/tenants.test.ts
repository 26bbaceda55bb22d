import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../auth/passwords";
import { verifyTenantSignIn } from "../../auth/sign-in";
import { createSignInLimits } from "../../auth/sign-in-limits";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";
import { ValidationError } from "../../errors";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const as = (person: PersonName) =>
  createCallerFactory(appRouter)(world.contextFor(person)).admin.tenants;
const owner = () => as("platform owner");
const REASON = "Three months of M-Pesa payments bounced";

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}
const codeOf = async (promise: Promise<unknown>) => (await failure(promise)).code;

async function tenantIdOf(subdomain: string) {
  const { rows } = await world.owner.query("SELECT id FROM tenants WHERE subdomain = $1", [
    subdomain,
  ]);
  return String(rows[0].id);
}
async function staffId(account: string) {
  const { rows } = await world.owner.query("SELECT id FROM platform_users WHERE email = $1", [
    `${account}@demo.aizalo.test`,
  ]);
  return String(rows[0].id);
}
async function auditFor(action: string, tenantId: string) {
  const { rows } = await world.owner.query(
    `SELECT actor_user_id, actor_role, tenant_id, entity, entity_id, changed_fields
     FROM audit_logs WHERE action = $1 AND tenant_id = $2 ORDER BY id`,
    [action, tenantId],
  );
  return rows;
}
async function signInAsOwnerOf(subdomain: string) {
  return verifyTenantSignIn(
    {
      subdomain,
      email: `owner@${subdomain}.demo.aizalo.test`,
      password: "Karibu-Aizalo-254",
      ip: "198.51.100.77",
    },
    {
      database: world.database,
      limits: createSignInLimits({ kind: "postgres", pool: world.rateLimitPool }),
      accountKeySecret: "test-secret-for-account-hashes-0123456789",
      verifyPassword,
    },
  );
}

describe("admin.tenants.list", () => {
  it("lists every seeded business by name with the total, and pages without overlap", async () => {
    const all = await owner().list({ pageSize: 100 });
    const { rows } = await world.owner.query(
      "SELECT business_name FROM tenants WHERE deleted_at IS NULL ORDER BY lower(business_name), id",
    );
    expect(all.total).toBe(rows.length);
    expect(all.rows.map((row) => row.businessName)).toEqual(rows.map((row) => row.business_name));

    const pages = await Promise.all([1, 2, 3].map((page) => owner().list({ page, pageSize: 4 })));
    expect(pages.map((page) => page.rows.length)).toEqual([4, 4, all.total - 8]);
    expect(pages.every((page) => page.total === all.total)).toBe(true);
    expect(pages.flatMap((page) => page.rows.map((row) => row.id))).toEqual(
      all.rows.map((row) => row.id),
    );
    const beyond = await owner().list({ page: 9, pageSize: 4 });
    expect(beyond).toEqual({ rows: [], total: all.total });
  });

  it("filters by status, industry, city and sales rep", async () => {
    const suspended = await owner().list({ filters: { status: "suspended" } });
    expect(suspended.rows.map((row) => row.subdomain)).toEqual(["wanyama-chebet"]);
    const hotels = await owner().list({ filters: { industry: "hotels" } });
    expect(hotels.rows.map((row) => row.subdomain)).toEqual(["pwani-breeze"]);

    const mombasaRep = await staffId("sales.mombasa");
    const byRep = await owner().list({ filters: { salesRepId: mombasaRep } });
    const { rows } = await world.owner.query(
      "SELECT count(*)::int AS n FROM tenants WHERE assigned_sales_rep_id = $1",
      [mombasaRep],
    );
    expect(byRep.total).toBe(rows[0].n);
    expect(byRep.rows.every((row) => row.salesRep?.id === mombasaRep)).toBe(true);
    expect(byRep.rows.map((row) => row.subdomain)).toContain("pwani-breeze");

    const city = hotels.rows[0]!.city!;
    const inCity = await owner().list({ filters: { city } });
    expect(inCity.rows.length).toBeGreaterThan(0);
    expect(inCity.rows.every((row) => row.city === city)).toBe(true);
  });

  it("finds a business by part of its name, subdomain, email, or a phone typed the local way", async () => {
    const byName = await owner().list({ search: "breeze" });
    expect(byName.rows.map((row) => row.subdomain)).toEqual(["pwani-breeze"]);
    const bySubdomain = await owner().list({ search: "jacaranda-h" });
    expect(bySubdomain.rows.map((row) => row.subdomain)).toEqual(["jacaranda-homes"]);

    const { rows } = await world.owner.query(
      "SELECT email, phone FROM tenants WHERE subdomain = 'pwani-breeze'",
    );
    const byEmail = await owner().list({ search: String(rows[0].email).toUpperCase() });
    expect(byEmail.rows.map((row) => row.subdomain)).toEqual(["pwani-breeze"]);
    const local = `0${String(rows[0].phone).slice(4)}`;
    const byPhone = await owner().list({ search: local });
    expect(byPhone.rows.map((row) => row.subdomain)).toEqual(["pwani-breeze"]);
    // A % typed in the box is a character, not a wildcard.
    expect((await owner().list({ search: "%" })).total).toBe(0);
  });

  it("sorts by fee, largest first, and counts MRR only for paying businesses", async () => {
    const { rows } = await owner().list({ sort: "fee", desc: true, pageSize: 100 });
    const fees = rows.map((row) => Number(row.monthlyFee));
    expect(fees).toEqual([...fees].sort((a, b) => b - a));
    for (const row of rows) {
      const paying = !row.isDemo && ["active", "past_due"].includes(row.subscriptionStatus);
      expect(row.mrr.toString()).toBe(paying ? row.monthlyFee.toString() : "0");
    }
  });

  it("sorts by last activity and shows each business's users and customers", async () => {
    const { rows } = await owner().list({ sort: "lastActivity", desc: true, pageSize: 100 });
    const times = rows.map((row) => row.lastActivityAt?.getTime() ?? -Infinity);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const jacaranda = rows.find((row) => row.id === world.tenantA.id)!;
    const counts = await world.owner.query(
      `SELECT (SELECT count(*)::int FROM tenant_users WHERE tenant_id = $1 AND deleted_at IS NULL) AS users,
              (SELECT count(*)::int FROM customers WHERE tenant_id = $1 AND deleted_at IS NULL) AS customers`,
      [world.tenantA.id],
    );
    expect({ users: jacaranda.users, customers: jacaranda.customers }).toEqual(counts.rows[0]);
    expect(jacaranda.customers).toBeGreaterThan(0);
  });

  it("refuses bad input as BAD_REQUEST, not a 500", async () => {
    const call = owner().list as (input: unknown) => Promise<unknown>;
    expect(await codeOf(call({ sort: "password_hash" }))).toBe("BAD_REQUEST");
    expect(await codeOf(call({ pageSize: 5000 }))).toBe("BAD_REQUEST");
    expect(await codeOf(call({ filters: { status: "gone" } }))).toBe("BAD_REQUEST");
  });
});

describe("who may manage tenants", () => {
  it("lets an admin list and act, and refuses sales, support and tenant users", async () => {
    expect((await as("platform admin").list({})).total).toBeGreaterThan(0);
    for (const person of ["sales rep", "support", "tenant owner", "tenant admin"] as const) {
      expect(await codeOf(as(person).list({}))).toBe("FORBIDDEN");
      expect(await codeOf(as(person).byId({ tenantId: world.tenantA.id }))).toBe("FORBIDDEN");
      expect(await codeOf(as(person).suspend({ tenantId: world.tenantB.id, reason: REASON }))).toBe(
        "FORBIDDEN",
      );
    }
    expect(await codeOf(as("anonymous").list({}))).toBe("UNAUTHORIZED");
    const status = await world.owner.query(
      "SELECT subscription_status FROM tenants WHERE id = $1",
      [world.tenantB.id],
    );
    expect(status.rows[0].subscription_status).toBe("active");
  });

  it("answers NOT_FOUND for a tenant that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(await codeOf(owner().byId({ tenantId: missing }))).toBe("NOT_FOUND");
    expect(await codeOf(owner().suspend({ tenantId: missing, reason: REASON }))).toBe("NOT_FOUND");
  });
});

describe("admin.tenants.byId", () => {
  it("shows the account, its history, people, payments, website and opt-out", async () => {
    const detail = await owner().byId({ tenantId: world.tenantB.id });
    expect(detail.tenant.subdomain).toBe("pwani-breeze");
    expect(detail.tenant.assignedSalesRep?.fullName).toBe("Fatuma Abdalla");
    expect(detail.users.map((user) => user.email)).toContain("owner@pwani-breeze.demo.aizalo.test");
    expect(detail.history.length).toBeGreaterThan(0);
    const paid = await world.owner.query(
      "SELECT coalesce(sum(amount), 0)::text AS total FROM platform_revenue WHERE tenant_id = $1",
      [world.tenantB.id],
    );
    expect(detail.revenue.total.toFixed(2)).toBe(Number(paid.rows[0].total).toFixed(2));
    expect(detail.website?.isPublished).toBe(true);
    expect(detail.allowPlatformLogin).toBe(true);
  });
});

describe("a business that turned off login by Aizalo", () => {
  it("shows the owner the opt-out on the tenant page", async () => {
    const tenantSettings = createCallerFactory(appRouter)(world.contextFor("tenant owner")).tenant
      .settings.platformAccess;
    await tenantSettings.set({ allowPlatformLogin: false });
    try {
      expect((await owner().byId({ tenantId: world.tenantA.id })).allowPlatformLogin).toBe(false);
    } finally {
      await tenantSettings.set({ allowPlatformLogin: true });
    }
    expect((await owner().byId({ tenantId: world.tenantA.id })).allowPlatformLogin).toBe(true);
  });
});

describe("changing plan and fee", () => {
  it("records the change with what it replaced, effective now, and audits it", async () => {
    const tenantId = await tenantIdOf("mama-akinyi");
    const before = await world.owner.query(
      "SELECT subscription_plan, monthly_fee::text FROM tenants WHERE id = $1",
      [tenantId],
    );
    const plan = before.rows[0].subscription_plan === "growth" ? "professional" : "growth";
    const startedAt = Date.now();
    await owner().changePlan({ tenantId, plan, monthlyFee: "7,499.50", reason: "Added rooms" });

    const after = await world.owner.query(
      "SELECT subscription_plan, monthly_fee::text FROM tenants WHERE id = $1",
      [tenantId],
    );
    expect(after.rows[0]).toEqual({ subscription_plan: plan, monthly_fee: "7499.50" });
    const change = await world.owner.query(
      `SELECT kind, from_plan, to_plan, from_fee::text, to_fee::text, effective_at, actor_id, reason
       FROM subscription_changes WHERE tenant_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [tenantId],
    );
    expect(change.rows[0]).toMatchObject({
      kind: "plan_changed",
      from_plan: before.rows[0].subscription_plan,
      to_plan: plan,
      from_fee: before.rows[0].monthly_fee,
      to_fee: "7499.50",
      actor_id: world.sessions["platform owner"]!.userId,
      reason: "Added rooms",
    });
    expect((change.rows[0].effective_at as Date).getTime()).toBeGreaterThanOrEqual(
      startedAt - 1000,
    );
    expect(await auditFor("admin.tenants.changePlan", tenantId)).toEqual([
      {
        actor_user_id: world.sessions["platform owner"]!.userId,
        actor_role: "owner",
        tenant_id: tenantId,
        entity: "tenant",
        entity_id: tenantId,
        changed_fields: ["monthly_fee", "subscription_plan"],
      },
    ]);
  });

  it("refuses a fee that is not an amount, or no change at all, writing nothing", async () => {
    const tenantId = await tenantIdOf("nyota-beauty");
    const bad = await failure(
      owner().changePlan({ tenantId, plan: "starter", monthlyFee: "12.345" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    const { rows } = await world.owner.query(
      "SELECT subscription_plan, monthly_fee::text FROM tenants WHERE id = $1",
      [tenantId],
    );
    const same = await failure(
      owner().changePlan({
        tenantId,
        plan: rows[0].subscription_plan,
        monthlyFee: rows[0].monthly_fee,
      }),
    );
    expect(same.code).toBe("BAD_REQUEST");
    expect(same.cause).toBeInstanceOf(ValidationError);
    expect((same.cause as ValidationError).fieldErrors.monthlyFee).toBeDefined();
    expect(await auditFor("admin.tenants.changePlan", tenantId)).toEqual([]);
  });
});

describe("assigning the sales rep and support", () => {
  it("reassigns to active staff with the right role and refuses anyone else", async () => {
    const tenantId = await tenantIdOf("menengai-auto");
    const kisumu = await staffId("sales.kisumu");
    const support = await staffId("support");
    const wrong = await failure(
      owner().assignStaff({ tenantId, salesRepId: support, supportId: kisumu }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(Object.keys((wrong.cause as ValidationError).fieldErrors).sort()).toEqual([
      "salesRepId",
      "supportId",
    ]);

    await owner().assignStaff({ tenantId, salesRepId: kisumu, supportId: support });
    const { rows } = await world.owner.query(
      "SELECT assigned_sales_rep_id, assigned_support_id FROM tenants WHERE id = $1",
      [tenantId],
    );
    expect(rows[0]).toEqual({ assigned_sales_rep_id: kisumu, assigned_support_id: support });
    const audit = await auditFor("admin.tenants.assignStaff", tenantId);
    expect(audit).toHaveLength(1);
    expect(audit[0].changed_fields).toContain("assigned_sales_rep_id");

    // An inactive rep no longer qualifies.
    await world.owner.query("UPDATE platform_users SET is_active = false WHERE id = $1", [kisumu]);
    try {
      const inactive = await failure(
        owner().assignStaff({ tenantId, salesRepId: kisumu, supportId: null }),
      );
      expect(inactive.code).toBe("BAD_REQUEST");
    } finally {
      await world.owner.query("UPDATE platform_users SET is_active = true WHERE id = $1", [kisumu]);
    }
  });
});

describe("suspending and reactivating", () => {
  it("a suspended business's owner cannot sign in; reactivating restores the status and access", async () => {
    const subdomain = "uzima-clinic";
    const tenantId = await tenantIdOf(subdomain);
    expect(await signInAsOwnerOf(subdomain)).toMatchObject({ ok: true });

    expect(await codeOf(owner().suspend({ tenantId, reason: "late" }))).toBe("BAD_REQUEST");
    await as("platform admin").suspend({ tenantId, reason: REASON });
    const suspended = await world.owner.query(
      "SELECT subscription_status, suspension_reason, suspended_at IS NOT NULL AS stamped FROM tenants WHERE id = $1",
      [tenantId],
    );
    expect(suspended.rows[0]).toEqual({
      subscription_status: "suspended",
      suspension_reason: REASON,
      stamped: true,
    });
    expect(await signInAsOwnerOf(subdomain)).toMatchObject({ ok: false, refusal: "suspended" });
    expect(await codeOf(owner().suspend({ tenantId, reason: REASON }))).toBe("CONFLICT");

    await owner().reactivate({ tenantId, reason: "Paid the arrears at the Kisumu office" });
    const restored = await world.owner.query(
      "SELECT subscription_status, suspension_reason FROM tenants WHERE id = $1",
      [tenantId],
    );
    expect(restored.rows[0]).toEqual({ subscription_status: "active", suspension_reason: null });
    expect(await signInAsOwnerOf(subdomain)).toMatchObject({ ok: true });
    expect(await codeOf(owner().reactivate({ tenantId, reason: REASON }))).toBe("CONFLICT");

    const history = await world.owner.query(
      `SELECT kind, from_status, to_status, reason FROM subscription_changes
       WHERE tenant_id = $1 AND kind = 'status_changed' ORDER BY effective_at DESC LIMIT 2`,
      [tenantId],
    );
    expect(history.rows).toEqual([
      {
        kind: "status_changed",
        from_status: "suspended",
        to_status: "active",
        reason: "Paid the arrears at the Kisumu office",
      },
      { kind: "status_changed", from_status: "active", to_status: "suspended", reason: REASON },
    ]);
    const audit = [
      ...(await auditFor("admin.tenants.suspend", tenantId)),
      ...(await auditFor("admin.tenants.reactivate", tenantId)),
    ];
    expect(audit.map((row) => [row.actor_role, row.entity, row.entity_id])).toEqual([
      ["admin", "tenant", tenantId],
      ["owner", "tenant", tenantId],
    ]);
  });

  it("brings a suspended trial back as a trial", async () => {
    const tenantId = await tenantIdOf("kilele-tech");
    await owner().suspend({ tenantId, reason: REASON });
    const back = await owner().reactivate({ tenantId, reason: "Sorted out with the owner" });
    expect(back.status).toBe("trial");
  });
});

describe("notes", () => {
  it("adds a timestamped note by its author, shown on the tenant page", async () => {
    const note = await owner().addNote({
      tenantId: world.tenantA.id,
      body: "Wants the WhatsApp catalogue before the December rush",
    });
    const detail = await owner().byId({ tenantId: world.tenantA.id });
    expect(detail.notes[0]).toMatchObject({
      id: note.id,
      body: "Wants the WhatsApp catalogue before the December rush",
      author: { fullName: "Njambi Kariuki" },
    });
    expect(await codeOf(owner().addNote({ tenantId: world.tenantA.id, body: "   " }))).toBe(
      "BAD_REQUEST",
    );
  });
});
