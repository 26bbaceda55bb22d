import { Prisma } from "@aizalo/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformSessionClaims } from "../../auth/session";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { createCallerFor } from "../../trpc/caller";

// "My commissions": a rep sees their own, this month by default, split recurring / one-time and
// by client, with their rank; another rep sees none of it; support has none.

let world: ApiWorld;
let repB: PlatformSessionClaims;
const as = (session: PlatformSessionClaims | null) =>
  createCallerFor(session, { database: world.database });
const repA = () => as(world.sessions["sales rep"] as PlatformSessionClaims);

/** Last month in Nairobi, and the 23:30 of its last day (the seed's rates are in force then). */
const nairobiNow = new Date(Date.now() + 3 * 3600_000);
const lastDay = new Date(Date.UTC(nairobiNow.getUTCFullYear(), nairobiNow.getUTCMonth(), 0));
const MONTH = lastDay.toISOString().slice(0, 7);
const LAST_EVENING = `${lastDay.toISOString().slice(0, 10)}T23:30`;
const NEXT_MONTH = nairobiNow.toISOString().slice(0, 7);
/** Hand-computed: amount × rate%, rounded once to the cent, half away from zero. */
const commission = (amount: string, ratePercent: string) =>
  new Prisma.Decimal(amount)
    .times(ratePercent)
    .dividedBy(100)
    .toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);

beforeAll(async () => {
  world = await createApiWorld();
  const { rows } = await world.owner.query(
    "SELECT id FROM platform_users WHERE email = 'sales.mombasa@demo.aizalo.test'",
  );
  repB = { userType: "platform", userId: String(rows[0].id), role: "sales", sessionVersion: 1 };
});
afterAll(() => world.close());

async function ratesOfA(at: string) {
  const { rows } = await world.owner.query<{ setup: string; recurring: string }>(
    `SELECT setup_rate::text AS setup, recurring_rate::text AS recurring
     FROM sales_commission_rates WHERE sales_rep_id = $1 AND effective_from <= $2
     ORDER BY effective_from DESC LIMIT 1`,
    [world.sessions["sales rep"]!.userId, at],
  );
  return rows[0]!;
}

describe("sales.commissions.mine", () => {
  it("adds a month's payments to the rep's commission, recurring and one-time apart", async () => {
    const before = await repA().sales.commissions.mine({ month: MONTH });
    const admin = createCallerFor(world.sessions["platform admin"], { database: world.database });
    const paid = (type: "setup" | "subscription", amount: string, reference: string) =>
      admin.admin.revenue.recordPayment({
        tenantId: world.tenantA.id,
        amount,
        type,
        paymentMethod: "mpesa",
        paymentReference: reference,
        // 23:30 in Nairobi on the month's last day: still that month.
        paidAt: LAST_EVENING,
      });
    await paid("setup", "20000", "SJKLASTMONTH1");
    await paid("subscription", "12345.67", "SJKLASTMONTH2");
    const rates = await ratesOfA(`${LAST_EVENING}:00+03:00`);
    const setup = commission("20000", rates.setup);
    const recurring = commission("12345.67", rates.recurring);

    const after = await repA().sales.commissions.mine({ month: MONTH });
    expect(after.month).toBe(MONTH);
    expect(after.summary.oneTime.minus(before.summary.oneTime).toFixed(2)).toBe(setup.toFixed(2));
    expect(after.summary.recurring.minus(before.summary.recurring).toFixed(2)).toBe(
      recurring.toFixed(2),
    );
    expect(after.summary.pending.minus(before.summary.pending).toFixed(2)).toBe(
      setup.plus(recurring).toFixed(2),
    );
    const client = after.byClient.find((row) => row.tenantId === world.tenantA.id);
    const clientBefore = before.byClient.find((row) => row.tenantId === world.tenantA.id);
    expect(client?.businessName).toBe("Jacaranda Homes & Lettings");
    expect(client!.total.minus(clientBefore?.total ?? 0).toFixed(2)).toBe(
      setup.plus(recurring).toFixed(2),
    );
    expect(after.lines.rows.map((row) => row.revenue.paymentReference)).toEqual(
      expect.arrayContaining(["SJKLASTMONTH1", "SJKLASTMONTH2"]),
    );
    // The next month does not see this one's last evening.
    const next = await repA().sales.commissions.mine({ month: NEXT_MONTH });
    expect(next.lines.rows.map((row) => row.revenue.paymentReference)).not.toContain(
      "SJKLASTMONTH2",
    );
  });

  it("gives this month by default, twelve months of history and the rep's rank", async () => {
    const mine = await repA().sales.commissions.mine();
    const now = new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 7);
    expect(mine.month).toBe(now);
    expect(mine.history).toHaveLength(12);
    expect(mine.history[0]?.month).toBe(now);
    expect(mine.history[0]?.total.toFixed(2)).toBe(mine.summary.total.toFixed(2));
    expect(mine.standing?.salesRepId).toBe(world.sessions["sales rep"]!.userId);
    expect(mine.standing?.rank).toBeGreaterThanOrEqual(1);
    expect(mine.standing?.rank).toBeLessThanOrEqual(mine.standing!.teamSize);
    const dashboard = await repA().sales.dashboard();
    expect(dashboard.commission.summary.total.toFixed(2)).toBe(mine.summary.total.toFixed(2));
    expect(dashboard.commission.standing?.rank).toBe(mine.standing?.rank);
  });

  it("shows rep B none of rep A's commissions", async () => {
    const a = await repA().sales.commissions.mine({ month: MONTH });
    const b = await as(repB).sales.commissions.mine({ month: MONTH });
    const aIds = new Set(a.lines.rows.map((row) => row.id));
    expect(a.lines.rows.length).toBeGreaterThan(0);
    expect(b.lines.rows.filter((row) => aIds.has(row.id))).toEqual([]);
    expect(b.lines.rows.every((row) => row.salesRepId === repB.userId)).toBe(true);
    expect(b.byClient.map((row) => row.tenantId)).not.toContain(world.tenantA.id);
    expect(b.standing?.salesRepId).toBe(repB.userId);
  });

  it("support earns none", async () => {
    const support = createCallerFor(world.sessions.support, { database: world.database });
    const mine = await support.sales.commissions.mine({ month: MONTH });
    expect(mine.summary.total.toFixed(2)).toBe("0.00");
    expect(mine.lines.rows).toEqual([]);
    expect(mine.standing).toBeNull();
  });
});
