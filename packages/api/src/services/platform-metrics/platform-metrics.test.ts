import type { ScopedDb } from "@aizalo/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { platformHealth, platformOverview, type Month } from ".";
import { nairobiMonthOf } from "./months";

// Hand-computed fixtures in 2020, years before any seeded business, so the seed's own tenants
// add nothing to these months. Times are written in Nairobi time (+03:00), as people there
// would say them.
let world: ApiWorld;
let ownerUserId: string;

beforeAll(async () => {
  world = await createApiWorld();
  ownerUserId = world.sessions["platform owner"]!.userId;
  await arrangeFixtures();
});
afterAll(() => world.close());

const asOwner = <T>(work: (db: ScopedDb) => Promise<T>) =>
  world.database.runUnitOfWork({ type: "platform", userId: ownerUserId, role: "owner" }, work);
const overviewFor = (month: Month, now = new Date("2026-11-20T09:00:00+03:00")) =>
  asOwner((db) => platformOverview(db, { month, now }));

interface Change {
  at: string;
  kind: "created" | "activated" | "plan_changed" | "fee_changed" | "status_changed";
  toStatus?: string;
  toFee?: string;
  fromFee?: string;
}

let tenantSeq = 0;
async function tenant(
  name: string,
  final: { status: string; fee: string; demo?: boolean },
  changes: Change[],
): Promise<string> {
  tenantSeq += 1;
  const { rows } = await world.owner.query(
    `INSERT INTO tenants (business_name, subdomain, industry, phone, email, subscription_status,
       monthly_fee, is_demo, demo_expires_at, created_at)
     VALUES ($1, $2, 'hardware', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      name,
      `metrics-fixture-${tenantSeq}`,
      `+25470000${String(tenantSeq).padStart(4, "0")}`,
      `fixture${tenantSeq}@metrics.example.test`,
      final.status,
      final.fee,
      final.demo ?? false,
      final.demo ? "2030-01-01T00:00:00Z" : null,
      changes[0]?.at ?? "2020-01-01T00:00:00+03:00",
    ],
  );
  const id = String(rows[0].id);
  for (const change of changes) {
    await world.owner.query(
      `INSERT INTO subscription_changes (tenant_id, kind, to_status, from_fee, to_fee, effective_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        id,
        change.kind,
        change.toStatus ?? null,
        change.fromFee ?? null,
        change.toFee ?? null,
        change.at,
      ],
    );
  }
  return id;
}

async function payment(
  tenantId: string,
  amount: string,
  type: string,
  at: string,
  refundOf?: string,
): Promise<string> {
  const { rows } = await world.owner.query(
    `INSERT INTO platform_revenue (tenant_id, amount, type, payment_method, paid_at, refund_of_id)
     VALUES ($1, $2, $3, 'mpesa', $4, $5) RETURNING id`,
    [tenantId, amount, type, at, refundOf ?? null],
  );
  return String(rows[0].id);
}

async function arrangeFixtures() {
  const trialThenActive = (created: string, activated: string, fee: string): Change[] => [
    { at: created, kind: "created", toStatus: "trial", toFee: fee },
    { at: activated, kind: "activated", toStatus: "active", toFee: fee },
  ];
  // Paying since January at 2,500; raised to 4,000 on 10 March: expansion 1,500.
  const baraka = await tenant("Baraka Hardware", { status: "active", fee: "4000" }, [
    ...trialThenActive("2020-01-05T10:00:00+03:00", "2020-01-20T10:00:00+03:00", "2500"),
    { at: "2020-03-10T09:00:00+03:00", kind: "fee_changed", fromFee: "2500", toFee: "4000" },
  ]);
  // Paying 3,000 since February; cancels mid-March: churned 3,000.
  const chui = await tenant("Chui Salon", { status: "canceled", fee: "3000" }, [
    ...trialThenActive("2020-01-18T10:00:00+03:00", "2020-02-01T10:00:00+03:00", "3000"),
    { at: "2020-03-15T14:00:00+03:00", kind: "status_changed", toStatus: "canceled" },
  ]);
  // Paying 5,000 since February; moves down to 3,500 on 5 March: contraction 1,500.
  await tenant("Duka Tech", { status: "active", fee: "3500" }, [
    ...trialThenActive("2020-01-27T10:00:00+03:00", "2020-02-10T10:00:00+03:00", "5000"),
    { at: "2020-03-05T09:00:00+03:00", kind: "plan_changed", fromFee: "5000", toFee: "3500" },
  ]);
  // Trial from 2 March, first paid 16 March at 4,000: new.
  await tenant(
    "Elimu Clinic",
    { status: "active", fee: "4000" },
    trialThenActive("2020-03-02T10:00:00+03:00", "2020-03-16T10:00:00+03:00", "4000"),
  );
  // Paying 6,000 since February, overdue (still paying) on 28 Feb, suspended 6 March (churned),
  // paid and reactivated 25 March (reactivation, not new).
  const faraja = await tenant("Faraja Law", { status: "active", fee: "6000" }, [
    ...trialThenActive("2020-02-01T10:00:00+03:00", "2020-02-15T10:00:00+03:00", "6000"),
    { at: "2020-02-28T09:00:00+03:00", kind: "status_changed", toStatus: "past_due" },
    { at: "2020-03-06T09:00:00+03:00", kind: "status_changed", toStatus: "suspended" },
    { at: "2020-03-25T09:00:00+03:00", kind: "status_changed", toStatus: "active" },
  ]);
  // A demo account "activated" at 9,999 in March: in no figure at all.
  const demo = await tenant("Gari Motors (demo)", { status: "active", fee: "9999", demo: true }, [
    ...trialThenActive("2020-03-01T10:00:00+03:00", "2020-03-03T10:00:00+03:00", "9999"),
  ]);
  // First paid at 23:30 on 31 March Nairobi time: March.
  await tenant(
    "Imara Hotel",
    { status: "active", fee: "2000" },
    trialThenActive("2020-03-17T10:00:00+03:00", "2020-03-31T23:30:00+03:00", "2000"),
  );
  // First paid at 00:30 on 1 April Nairobi time (still 31 March in UTC): April.
  await tenant(
    "Jua Kali Motors",
    { status: "active", fee: "7000" },
    trialThenActive("2020-03-18T10:00:00+03:00", "2020-04-01T00:30:00+03:00", "7000"),
  );

  // Money received.
  await payment(baraka, "2500.00", "subscription", "2020-01-20T10:00:00+03:00");
  await payment(baraka, "3000.00", "setup", "2020-01-20T10:01:00+03:00");
  await payment(chui, "3000.00", "subscription", "2020-03-31T23:30:00+03:00"); // March
  await payment(chui, "1250.50", "addon", "2020-04-01T00:30:00+03:00"); // April, not March
  const addon = await payment(faraja, "1000.00", "addon", "2020-03-10T12:00:00+03:00");
  await payment(faraja, "-1000.00", "addon", "2020-03-12T12:00:00+03:00", addon);
  await payment(faraja, "450.25", "overage", "2020-03-20T12:00:00+03:00");
  await payment(demo, "9999.00", "subscription", "2020-03-03T10:00:00+03:00");
}

const figures = (overview: Awaited<ReturnType<typeof overviewFor>>) => ({
  startMrr: overview.movement.startMrr.toFixed(2),
  mrr: overview.movement.mrr.toFixed(2),
  newMrr: overview.movement.newMrr.toFixed(2),
  reactivationMrr: overview.movement.reactivationMrr.toFixed(2),
  expansionMrr: overview.movement.expansionMrr.toFixed(2),
  contractionMrr: overview.movement.contractionMrr.toFixed(2),
  churnedMrr: overview.movement.churnedMrr.toFixed(2),
  payingAtStart: overview.movement.payingAtStart,
  payingAtEnd: overview.movement.payingAtEnd,
  churnedTenants: overview.movement.churnedTenants,
  newTenants: overview.movement.newTenants,
  churnRate: overview.churnRate?.toString() ?? null,
  arpt: overview.arpt?.toFixed(2) ?? null,
});

describe("platform metrics for a month (Nairobi calendar months, from subscription_changes)", () => {
  it("March 2020: new, expansion, contraction, churn mid-month and a reactivation, to the cent", async () => {
    expect(figures(await overviewFor("2020-03"))).toEqual({
      // Baraka 2,500 + Chui 3,000 + Duka 5,000 + Faraja 6,000 (overdue still pays).
      startMrr: "16500.00",
      // Baraka 4,000 + Duka 3,500 + Elimu 4,000 + Faraja 6,000 + Imara 2,000.
      mrr: "19500.00",
      newMrr: "6000.00", // Elimu 4,000 + Imara 2,000 (23:30 on the 31st)
      reactivationMrr: "6000.00", // Faraja back on 25 March
      expansionMrr: "1500.00", // Baraka
      contractionMrr: "1500.00", // Duka
      churnedMrr: "9000.00", // Chui canceled 3,000 + Faraja suspended 6,000
      payingAtStart: 4,
      payingAtEnd: 5,
      churnedTenants: 2,
      newTenants: 2,
      churnRate: "0.5", // 2 left ÷ 4 paying on 1 March
      arpt: "3900.00", // 19,500 ÷ 5
    });
  });

  it("the month bridge adds up: start + new + reactivation + expansion − contraction − churned", async () => {
    const { movement } = await overviewFor("2020-03");
    const rebuilt = movement.startMrr
      .plus(movement.newMrr)
      .plus(movement.reactivationMrr)
      .plus(movement.expansionMrr)
      .minus(movement.contractionMrr)
      .minus(movement.churnedMrr);
    expect(rebuilt.toFixed(2)).toBe(movement.mrr.toFixed(2));
  });

  it("an activation at 00:30 on 1 April Nairobi time belongs to April, and ARPT rounds to the cent", async () => {
    expect(figures(await overviewFor("2020-04"))).toMatchObject({
      startMrr: "19500.00",
      newMrr: "7000.00",
      mrr: "26500.00",
      payingAtEnd: 6,
      churnRate: "0",
      arpt: "4416.67", // 26,500 ÷ 6 = 4,416.666…
    });
  });

  it("a month that starts with no paying tenants has no churn rate (not 0 %, not a division by zero)", async () => {
    expect(figures(await overviewFor("2020-01"))).toMatchObject({
      startMrr: "0.00",
      newMrr: "2500.00",
      mrr: "2500.00",
      payingAtStart: 0,
      churnRate: null,
      arpt: "2500.00",
    });
  });

  it("zero tenants: every figure is zero and the ratios are empty", async () => {
    expect(figures(await overviewFor("2019-06"))).toEqual({
      startMrr: "0.00",
      mrr: "0.00",
      newMrr: "0.00",
      reactivationMrr: "0.00",
      expansionMrr: "0.00",
      contractionMrr: "0.00",
      churnedMrr: "0.00",
      payingAtStart: 0,
      payingAtEnd: 0,
      churnedTenants: 0,
      newTenants: 0,
      churnRate: null,
      arpt: null,
    });
  });

  it("the month in progress stops at now: a change dated later this month is not counted yet", async () => {
    const early = await overviewFor("2020-03", new Date("2020-03-12T00:00:00+03:00"));
    expect(early.monthInProgress).toBe(true);
    // By the 12th: Duka's contraction (5th), Faraja's suspension (6th) and Baraka's rise (10th).
    expect(figures(early)).toMatchObject({
      // 16,500 − 1,500 (Duka) − 6,000 (Faraja) + 1,500 (Baraka): Baraka 4,000 + Chui 3,000 +
      // Duka 3,500; Elimu, Imara and Faraja's return come later in the month.
      mrr: "10500.00",
      expansionMrr: "1500.00",
      contractionMrr: "1500.00",
      churnedMrr: "6000.00",
      newMrr: "0.00",
    });
  });
});

describe("revenue by month and type", () => {
  it("puts a payment at 23:30 on the last day in that month, nets refunds, leaves demo out", async () => {
    const { revenue } = await overviewFor("2020-04");
    expect(revenue).toHaveLength(12);
    expect(revenue[0]?.month).toBe("2019-05");
    const byMonth = Object.fromEntries(
      revenue.map((month) => [
        month.month,
        {
          subscription: month.byType.subscription.toFixed(2),
          setup: month.byType.setup.toFixed(2),
          addon: month.byType.addon.toFixed(2),
          overage: month.byType.overage.toFixed(2),
          total: month.total.toFixed(2),
        },
      ]),
    );
    expect(byMonth["2020-01"]).toEqual({
      subscription: "2500.00",
      setup: "3000.00",
      addon: "0.00",
      overage: "0.00",
      total: "5500.00",
    });
    // Chui's 3,000 at 23:30 on 31 March; Faraja's add-on refunded; demo's 9,999 left out.
    expect(byMonth["2020-03"]).toEqual({
      subscription: "3000.00",
      setup: "0.00",
      addon: "0.00",
      overage: "450.25",
      total: "3450.25",
    });
    // 00:30 on 1 April Nairobi time is 31 March in UTC, and still April here.
    expect(byMonth["2020-04"]?.addon).toBe("1250.50");
    expect(byMonth["2020-02"]?.total).toBe("0.00");
  });
});

describe("the seeded platform", () => {
  it("MRR rebuilt from subscription_changes equals today's paying tenants' fees", async () => {
    const now = new Date();
    const overview = await asOwner((db) => platformOverview(db, { now }));
    expect(overview.month).toBe(nairobiMonthOf(now));
    const { rows } = await world.owner.query(
      `SELECT COALESCE(sum(monthly_fee), 0)::text AS mrr, count(*)::int AS paying FROM tenants
       WHERE NOT is_demo AND deleted_at IS NULL AND subscription_status IN ('active', 'past_due')`,
    );
    expect(overview.movement.mrr.toFixed(2)).toBe(Number(rows[0].mrr).toFixed(2));
    expect(overview.movement.payingAtEnd).toBe(rows[0].paying);
    expect(overview.movement.mrr.greaterThan(0)).toBe(true);
  });

  it("counts businesses by status with demo accounts apart", async () => {
    const overview = await asOwner((db) => platformOverview(db));
    const { rows } = await world.owner.query(
      `SELECT subscription_status::text AS status, count(*)::int AS n FROM tenants
       WHERE NOT is_demo AND deleted_at IS NULL GROUP BY 1`,
    );
    for (const row of rows) {
      expect(overview.tenants.byStatus[row.status as "active"]).toBe(row.n);
    }
    // The fixture demo account (plus any seeded demo) is counted only in `demo`.
    expect(overview.tenants.demo).toBeGreaterThanOrEqual(1);
    expect(overview.tenants.total).toBe(rows.reduce((sum, row) => sum + Number(row.n), 0));
  });
});

describe("platform health for the last 24 hours", () => {
  it("counts calls, server errors and p95 from api_usage, and AI tokens and busy conversations from messages", async () => {
    const now = new Date("2020-06-15T12:00:00+03:00");
    // 20 calls in the window: response times 10, 20 … 200 ms; two 500s, one 403.
    for (let index = 1; index <= 20; index += 1) {
      const status = index <= 2 ? 500 : index === 3 ? 403 : 200;
      await world.owner.query(
        `INSERT INTO api_usage (endpoint, method, response_status, response_time_ms, created_at)
         VALUES ('admin.overview.get', 'query', $1, $2, $3)`,
        [status, index * 10, new Date(now.getTime() - index * 60_000)],
      );
    }
    // Just outside the window (24 h and a minute ago): not counted.
    await world.owner.query(
      `INSERT INTO api_usage (endpoint, method, response_status, response_time_ms, created_at)
       VALUES ('admin.overview.get', 'query', 500, 9000, $1)`,
      [new Date(now.getTime() - 24 * 3_600_000 - 60_000)],
    );
    const { rows: conversations } = await world.owner.query(
      "SELECT tenant_id, id, channel FROM conversations ORDER BY id LIMIT 2",
    );
    // Two AI replies in one conversation (120 + 380 tokens), a customer's message in another.
    const messages = [
      { conversation: 0, direction: "outbound", status: "delivered", tokens: 120 },
      { conversation: 0, direction: "outbound", status: "delivered", tokens: 380 },
      { conversation: 1, direction: "inbound", status: null, tokens: null },
    ];
    for (const message of messages) {
      const conversation = conversations[message.conversation];
      await world.owner.query(
        `INSERT INTO messages (tenant_id, conversation_id, direction, channel, content, status,
           tokens_used, created_at)
         VALUES ($1, $2, $3, $4, 'Karibu! We open at 8 am.', $5, $6, $7)`,
        [
          conversation.tenant_id,
          conversation.id,
          message.direction,
          conversation.channel,
          message.status,
          message.tokens,
          new Date(now.getTime() - 3_600_000),
        ],
      );
    }

    const health = await asOwner((db) => platformHealth(db, now));
    expect({
      requests: health.requests,
      serverErrors: health.serverErrors,
      refused: health.refused,
      errorRate: health.errorRate?.toString(),
      // percentile_cont over 10…200: position 0.95 × 19 = 18.05 → 190 + 0.05 × 10 = 190.5
      p95Ms: health.p95Ms,
      activeConversations: health.activeConversations,
      aiTokensUsed: health.aiTokensUsed,
      aiReplies: health.aiReplies,
    }).toEqual({
      requests: 20,
      serverErrors: 2,
      refused: 1,
      errorRate: "0.1",
      p95Ms: 191,
      activeConversations: 2,
      aiTokensUsed: 500,
      aiReplies: 2,
    });
  });
});
