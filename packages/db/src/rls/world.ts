import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing";
import { insert, insertRow, phone, platformUser, tenantFixture, type World } from "./fixtures";

/**
 * Builds tenant A (rep1's, with support), tenant B (rep2's, no support) and a suspended tenant,
 * plus the platform rows around them: one or more rows in every table, so "sees nothing" and
 * "sees something" are both meaningful everywhere.
 */
export async function buildWorld(owner: pg.Client): Promise<World> {
  const suffix = randomBytes(4).toString("hex");
  const platform = {
    owner: await platformUser(owner, suffix, "owner", "owner"),
    admin: await platformUser(owner, suffix, "admin", "admin"),
    rep1: await platformUser(owner, suffix, "sales", "rep1"),
    rep2: await platformUser(owner, suffix, "sales", "rep2"),
    support: await platformUser(owner, suffix, "support", "support"),
  };
  const territories = {
    rep1: await insert(owner, "sales_territories", {
      name: `Nairobi ${suffix}`,
      city: "Nairobi",
      assigned_to: platform.rep1,
    }),
    rep2: await insert(owner, "sales_territories", {
      name: `Mombasa ${suffix}`,
      city: "Mombasa",
      assigned_to: platform.rep2,
    }),
  };
  for (const rep of [platform.rep1, platform.rep2]) {
    await insert(owner, "sales_commission_rates", {
      sales_rep_id: rep,
      setup_rate: "20.00",
      recurring_rate: "10.00",
      effective_from: "2026-01-01T00:00:00Z",
    });
  }

  const a = await tenantFixture(owner, suffix, "alpha", 1, {
    salesRep: platform.rep1,
    support: platform.support,
    status: "active",
  });
  const b = await tenantFixture(owner, suffix, "beta", 2, {
    salesRep: platform.rep2,
    support: null,
    status: "active",
  });
  const closed = await tenantFixture(owner, suffix, "gamma", 3, {
    salesRep: null,
    support: null,
    status: "suspended",
  });

  const salesLead = (territory: string, assignedTo: string | null, n: number) =>
    insert(owner, "sales_leads", {
      business_name: `Lead ${n}`,
      phone: phone(9000 + n),
      territory_id: territory,
      assigned_to: assignedTo,
    });
  const salesLeads = {
    rep1: await salesLead(territories.rep1, platform.rep1, 1),
    rep2: await salesLead(territories.rep2, platform.rep2, 2),
    openInRep1Territory: await salesLead(territories.rep1, null, 3),
    openInRep2Territory: await salesLead(territories.rep2, null, 4),
  };
  const demos = {
    rep1: await insert(owner, "sales_demos", {
      lead_id: salesLeads.rep1,
      sales_rep_id: platform.rep1,
      scheduled_at: "2026-12-02T10:00:00Z",
    }),
    rep2: await insert(owner, "sales_demos", {
      lead_id: salesLeads.rep2,
      sales_rep_id: platform.rep2,
      scheduled_at: "2026-12-03T10:00:00Z",
    }),
  };
  await insert(owner, "onboarding_sessions", {
    sales_rep_id: platform.rep1,
    lead_id: salesLeads.rep1,
  });
  await insert(owner, "onboarding_sessions", {
    sales_rep_id: platform.rep2,
    lead_id: salesLeads.rep2,
  });
  const notes = {
    rep1OnA: await insert(owner, "sales_client_notes", {
      tenant_id: a.id,
      author_id: platform.rep1,
      body: "Wants M-Pesa reminders",
    }),
    rep2OnB: await insert(owner, "sales_client_notes", {
      tenant_id: b.id,
      author_id: platform.rep2,
      body: "Renewal due in March",
    }),
  };
  const payment = (tenant: string, rep: string, ref: string) =>
    insert(owner, "platform_revenue", {
      tenant_id: tenant,
      amount: "4500.00",
      type: "subscription",
      payment_method: "mpesa",
      payment_reference: ref,
      sales_rep_id: rep,
    });
  const revenue = {
    a: await payment(a.id, platform.rep1, `QA${suffix}`),
    b: await payment(b.id, platform.rep2, `QB${suffix}`),
  };
  const commission = (rep: string, tenant: string, revenueId: string) =>
    insert(owner, "commissions", {
      sales_rep_id: rep,
      tenant_id: tenant,
      revenue_id: revenueId,
      amount: "450.00",
      rate: "10.00",
    });
  const commissions = {
    rep1: await commission(platform.rep1, a.id, revenue.a),
    rep2: await commission(platform.rep2, b.id, revenue.b),
  };

  await insert(owner, "platform_settings", {
    key: `billing.grace_days_${suffix}`,
    value: 7,
    data_type: "number",
  });
  await insert(owner, "feature_flags", { key: `ai.replies.${suffix}`, enabled: false });
  await insert(owner, "password_resets", {
    user_type: "platform",
    platform_user_id: platform.rep1,
    token_hash: randomBytes(16).toString("hex"),
    expires_at: "2030-01-01T00:00:00Z",
  });
  // rep1's TOTP recovery code (0010): only rep1 and the sign-in service reach it.
  await insert(owner, "staff_recovery_codes", {
    platform_user_id: platform.rep1,
    code_hash: randomBytes(32).toString("hex"),
  });
  // A's impersonation allows reading only; B's allows changes.
  for (const [tenant, allowChanges] of [
    [a.id, false],
    [b.id, true],
  ] as const) {
    await owner.query(
      `INSERT INTO impersonation_sessions (owner_id, tenant_id, reason, allow_changes, expires_at)
       VALUES ($1, $2, 'Support ticket 42', $3, now() + interval '30 minutes')`,
      [platform.owner, tenant, allowChanges],
    );
  }
  // Tenant A's receipt text waiting in the outbox, and platform mail (no tenant).
  await insert(owner, "outbox_messages", {
    tenant_id: a.id,
    channel: "sms",
    recipient: phone(8001),
    kind: "receipt",
  });
  await insert(owner, "outbox_messages", {
    channel: "email",
    recipient: `rep1-${suffix}@example.test`,
    kind: "password_reset",
  });
  await insertRow(owner, "system_logs", {
    level: "info",
    source: "fixtures",
    message: "world built",
  });
  const template = await insert(owner, "website_templates", {
    name: `Hardware ${suffix}`,
    industry: "hardware",
  });
  await insert(owner, "website_sections", {
    template_id: template,
    section_type: "hero",
    section_name: "Hero",
    sort_order: 1,
  });

  return {
    suffix,
    platform,
    territories,
    a,
    b,
    closed,
    salesLeads,
    demos,
    notes,
    revenue,
    commissions,
  };
}

export interface WorldHandle {
  readonly db: TestDatabase;
  readonly world: World;
  /** Connected as the app role (NOSUPERUSER NOBYPASSRLS). */
  readonly app: pg.Client;
  /** Connected as the owner: arranges fixtures and checks what is really stored. */
  readonly owner: pg.Client;
}

/** beforeAll/afterAll for a describe block: its own database on `serverName`, with the world. */
export function useWorld(serverName: string): WorldHandle {
  const state: Partial<{ db: TestDatabase; world: World; app: pg.Client; owner: pg.Client }> = {};
  beforeAll(async () => {
    state.db = await createTestDatabase(serverName);
    state.owner = new pg.Client({ connectionString: state.db.ownerUrl });
    await state.owner.connect();
    state.world = await buildWorld(state.owner);
    state.app = new pg.Client({ connectionString: state.db.appUrl });
    await state.app.connect();
  });
  afterAll(async () => {
    await state.app?.end();
    await state.owner?.end();
    await state.db?.drop();
  });
  const get = <K extends keyof typeof state>(key: K): NonNullable<(typeof state)[K]> => {
    const value = state[key];
    if (value === undefined) throw new Error(`world not ready: ${key}`);
    return value as NonNullable<(typeof state)[K]>;
  };
  return {
    get db() {
      return get("db");
    },
    get world() {
      return get("world");
    },
    get app() {
      return get("app");
    },
    get owner() {
      return get("owner");
    },
  };
}
