import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import { commissionAmount } from "./commission-amount";
import { commissionSummary, listCommissions } from "./list-commissions";
import { approveCommissions, markCommissionsPaid } from "./payouts";
import { recordPayment, refundPayment } from "./record-payment";
import { createCommissionWorld, type CommissionWorld } from "./test-world";
import { monthPeriod } from "../sales-performance/period";

let world: CommissionWorld;
let achieng: string; // setup 10 %, recurring 5 %
let baraka: string; // setup 12.5 %, recurring 7.5 %
let jacaranda: string;
let pwani: string;

beforeAll(async () => {
  world = await createCommissionWorld();
  achieng = await world.addRep("Achieng Odhiambo", { setup: "10.00", recurring: "5.00" });
  baraka = await world.addRep("Baraka Mwangi", { setup: "12.50", recurring: "7.50" });
  jacaranda = await world.tenantId("jacaranda-homes");
  pwani = await world.tenantId("pwani-breeze");
  await world.assign(jacaranda, achieng);
  await world.assign(pwani, baraka);
});
afterAll(() => world.close());

let receipts = 0;
/** A payment as the platform owner records it, with a fresh receipt code. */
function pay(
  tenantId: string,
  amount: string,
  type: "setup" | "subscription" | "addon",
  paidAt: string,
) {
  receipts += 1;
  return world.asOwner((db) =>
    recordPayment(
      db,
      {
        tenantId,
        amount,
        type,
        paymentMethod: "mpesa",
        paymentReference: `TST${String(receipts).padStart(7, "0")}`,
        paidAt: new Date(paidAt),
      },
      world.platformOwnerId,
    ),
  );
}

function refund(revenueId: string, amount: string, paidAt: string) {
  return world.asOwner((db) =>
    refundPayment(
      db,
      {
        revenueId,
        amount,
        paymentMethod: "mpesa",
        paymentReference: null,
        paidAt: new Date(paidAt),
      },
      world.platformOwnerId,
    ),
  );
}

const approve = (...ids: string[]) =>
  world.asOwner((db) => approveCommissions(db, ids, world.platformOwnerId));
const markPaid = (...ids: string[]) =>
  world.asOwner((db) => markCommissionsPaid(db, ids, world.platformOwnerId, "PAYOUT-REF-1"));

async function rejected(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

describe("commission amounts", () => {
  it("rounds once, to the cent, half-up (away from zero), mirrored for refunds", () => {
    // 4,998.90 × 5 % = 249.945: half-up 249.95 (banker's rounding would give 249.94).
    expect(commissionAmount("4998.90", "5.00").toFixed(2)).toBe("249.95");
    expect(commissionAmount("-4998.90", "5.00").toFixed(2)).toBe("-249.95");
    // 333.33 × 7.5 % = 24.99975 → 25.00; 0.10 × 5 % = 0.005 → 0.01.
    expect(commissionAmount("333.33", "7.50").toFixed(2)).toBe("25.00");
    expect(commissionAmount("0.10", "5.00").toFixed(2)).toBe("0.01");
    // 1,234,567.89 × 12.5 % = 154,320.98625 → 154,320.99, exactly (no float drift).
    expect(commissionAmount("1234567.89", "12.50").toFixed(2)).toBe("154320.99");
  });
});

describe("recording a payment", () => {
  it("applies the setup rate to setup fees and the recurring rate to subscriptions and add-ons", async () => {
    const setup = await pay(jacaranda, "15000.00", "setup", "2020-03-02T10:00:00+03:00");
    const subscription = await pay(
      jacaranda,
      "4998.90",
      "subscription",
      "2020-03-05T10:00:00+03:00",
    );
    const addon = await pay(pwani, "333.33", "addon", "2020-03-06T10:00:00+03:00");

    expect(setup.revenue.salesRepId).toBe(achieng);
    expect(setup.commission?.salesRepId).toBe(achieng);
    expect(setup.commission?.rate.toFixed(2)).toBe("10.00");
    expect(setup.commission?.amount.toFixed(2)).toBe("1500.00");
    expect(subscription.commission?.rate.toFixed(2)).toBe("5.00");
    expect(subscription.commission?.amount.toFixed(2)).toBe("249.95");
    expect(addon.commission?.salesRepId).toBe(baraka);
    expect(addon.commission?.amount.toFixed(2)).toBe("25.00");
    expect(addon.commission?.status).toBe("pending");

    // What is stored, read back through the owner role.
    const { rows } = await world.owner.query<{ amount: string; status: string }>(
      "SELECT amount::text, status::text FROM commissions WHERE revenue_id = $1",
      [subscription.revenue.id],
    );
    expect(rows).toEqual([{ amount: "249.95", status: "pending" }]);
  });

  it("uses the rate in force at the payment date", async () => {
    const rep = await world.addRep("Wekesa Barasa", { setup: "10.00", recurring: "5.00" });
    await world.owner.query(
      `INSERT INTO sales_commission_rates (sales_rep_id, setup_rate, recurring_rate, effective_from)
       VALUES ($1, '10.00', '8.00', '2020-06-01T00:00:00+03:00')`,
      [rep],
    );
    const tenant = await world.tenantId("mama-akinyi");
    await world.assign(tenant, rep);
    const before = await pay(tenant, "1000.00", "subscription", "2020-05-31T23:30:00+03:00");
    const after = await pay(tenant, "1000.00", "subscription", "2020-06-01T00:30:00+03:00");
    expect(before.commission?.amount.toFixed(2)).toBe("50.00");
    expect(after.commission?.amount.toFixed(2)).toBe("80.00");
  });

  it("gives the commission to the rep assigned when the payment is recorded (reassigned tenant)", async () => {
    const tenant = await world.tenantId("nyota-beauty");
    await world.assign(tenant, achieng);
    const first = await pay(tenant, "3000.00", "subscription", "2020-03-10T09:00:00+03:00");
    await world.assign(tenant, baraka);
    const second = await pay(tenant, "3000.00", "subscription", "2020-03-11T09:00:00+03:00");

    expect(first.commission).toMatchObject({ salesRepId: achieng });
    expect(first.commission?.amount.toFixed(2)).toBe("150.00");
    expect(second.commission).toMatchObject({ salesRepId: baraka });
    expect(second.commission?.amount.toFixed(2)).toBe("225.00");
    // The first payment's commission did not move with the reassignment.
    const { rows } = await world.owner.query<{ sales_rep_id: string }>(
      "SELECT sales_rep_id FROM commissions WHERE revenue_id = $1",
      [first.revenue.id],
    );
    expect(rows[0]?.sales_rep_id).toBe(achieng);

    // A refund of the first payment is taken back from the rep who earned it, at their rate.
    const back = await refund(first.revenue.id, "3000.00", "2020-03-12T09:00:00+03:00");
    expect(back.revenue.salesRepId).toBe(achieng);
    expect(back.commission).toMatchObject({ salesRepId: achieng, kind: "refund" });
    expect(back.commission?.amount.toFixed(2)).toBe("-150.00");
  });

  it("records revenue without a commission when the business has no rep", async () => {
    const tenant = await world.tenantId("uzima-clinic");
    await world.assign(tenant, null);
    const unassigned = await pay(tenant, "2500.00", "subscription", "2020-03-15T09:00:00+03:00");
    expect(unassigned.revenue.salesRepId).toBeNull();
    expect(unassigned.commission).toBeNull();
  });

  it("refuses a duplicate receipt, a future date and an unknown business, writing nothing", async () => {
    const { revenue } = await pay(jacaranda, "100.00", "subscription", "2020-03-20T09:00:00+03:00");
    const count = async () =>
      Number(
        (await world.owner.query<{ n: string }>("SELECT count(*) AS n FROM platform_revenue"))
          .rows[0]?.n,
      );
    const before = await count();
    const duplicate = await rejected(
      world.asOwner((db) =>
        recordPayment(
          db,
          {
            tenantId: jacaranda,
            amount: "100.00",
            type: "subscription",
            paymentMethod: "mpesa",
            paymentReference: revenue.paymentReference,
            paidAt: new Date("2020-03-21T09:00:00+03:00"),
          },
          null,
        ),
      ),
    );
    expect(duplicate).toBeInstanceOf(ValidationError);
    expect((duplicate as ValidationError).fieldErrors).toHaveProperty("paymentReference");
    const future = await rejected(
      pay(jacaranda, "100.00", "subscription", new Date(Date.now() + 86_400_000).toISOString()),
    );
    expect((future as ValidationError).fieldErrors).toHaveProperty("paidAt");
    const unknown = await rejected(
      pay(
        "00000000-0000-4000-8000-000000000000",
        "100.00",
        "subscription",
        "2020-03-21T09:00:00+03:00",
      ),
    );
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(await count()).toBe(before);
  });
});

describe("approving and paying commissions", () => {
  it("moves pending → approved → paid with who and when, and refuses any other move", async () => {
    const { commission } = await pay(
      pwani,
      "10000.00",
      "subscription",
      "2020-03-22T09:00:00+03:00",
    );
    const id = commission?.id ?? "";
    expect(await rejected(markPaid(id))).toBeInstanceOf(ConflictError);
    await approve(id);
    expect(await rejected(approve(id))).toBeInstanceOf(ConflictError);
    const { payouts } = await markPaid(id);
    expect(payouts).toHaveLength(1);
    expect(payouts[0]?.total.toFixed(2)).toBe("750.00");
    expect(await rejected(approve(id))).toBeInstanceOf(ConflictError);
    expect(await rejected(markPaid(id))).toBeInstanceOf(ConflictError);
    expect(await rejected(approve("00000000-0000-4000-8000-000000000000"))).toBeInstanceOf(
      NotFoundError,
    );

    const { rows } = await world.owner.query(
      `SELECT status::text, approved_by, paid_by, payout_reference,
         approved_at IS NOT NULL AS approved, paid_at >= approved_at AS paid_after
       FROM commissions WHERE id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({
      status: "paid",
      approved_by: world.platformOwnerId,
      paid_by: world.platformOwnerId,
      payout_reference: "PAYOUT-REF-1",
      approved: true,
      paid_after: true,
    });
  });

  it("a bulk approval with one commission in the wrong state changes none", async () => {
    const a = await pay(pwani, "1000.00", "subscription", "2020-03-23T09:00:00+03:00");
    const b = await pay(pwani, "1000.00", "subscription", "2020-03-23T10:00:00+03:00");
    await approve(a.commission?.id ?? "");
    expect(await rejected(approve(a.commission?.id ?? "", b.commission?.id ?? ""))).toBeInstanceOf(
      ConflictError,
    );
    const { rows } = await world.owner.query("SELECT status::text FROM commissions WHERE id = $1", [
      b.commission?.id,
    ]);
    expect(rows[0]).toEqual({ status: "pending" });
  });

  it("a refund after payout is a negative commission netted against the next payout", async () => {
    const rep = await world.addRep("Njeri Kamau", { setup: "10.00", recurring: "5.00" });
    const tenant = await world.tenantId("menengai-auto");
    await world.assign(tenant, rep);
    const original = await pay(tenant, "10000.00", "subscription", "2020-02-03T09:00:00+03:00");
    await approve(original.commission?.id ?? "");
    await markPaid(original.commission?.id ?? "");

    const back = await refund(original.revenue.id, "10000.00", "2020-03-03T09:00:00+03:00");
    expect(back.revenue.amount.toFixed(2)).toBe("-10000.00");
    expect(back.commission?.amount.toFixed(2)).toBe("-500.00");
    expect(back.commission?.status).toBe("pending");
    expect(back.nettedAgainstNextPayout).toBe(true);
    // Nothing left to refund on that payment.
    const more = await rejected(refund(original.revenue.id, "0.01", "2020-03-04T09:00:00+03:00"));
    expect((more as ValidationError).fieldErrors).toHaveProperty("amount");
    await approve(back.commission?.id ?? "");

    // 6,000 × 5 % = 300 does not cover the 500 taken back: that payout is refused.
    const small = await pay(tenant, "6000.00", "subscription", "2020-03-05T09:00:00+03:00");
    await approve(small.commission?.id ?? "");
    expect(await rejected(markPaid(small.commission?.id ?? ""))).toBeInstanceOf(ConflictError);

    // With 8,000 × 5 % = 400 more: 300 + 400 − 500 = 200 paid out, the refund netted in.
    const next = await pay(tenant, "8000.00", "subscription", "2020-03-06T09:00:00+03:00");
    await approve(next.commission?.id ?? "");
    const { paid, payouts } = await markPaid(small.commission?.id ?? "", next.commission?.id ?? "");
    expect(paid).toBe(3);
    expect(payouts).toHaveLength(1);
    expect(payouts[0]?.total.toFixed(2)).toBe("200.00");
    expect(payouts[0]?.nettedRefundIds).toEqual([back.commission?.id]);

    const summary = await world.asRep(rep, (db) =>
      commissionSummary(db, rep, monthPeriod(2020, 3)),
    );
    // March: −500 (refund) + 300 + 400, all paid now.
    expect(summary.paid.toFixed(2)).toBe("200.00");
    expect(summary.pending.toFixed(2)).toBe("0.00");
    expect(summary.recurring.toFixed(2)).toBe("200.00");
  });

  it("a rep lists only their own commissions", async () => {
    const mine = await world.asRep(achieng, (db) =>
      listCommissions(db, {}, { page: 1, pageSize: 100 }),
    );
    expect(mine.total).toBeGreaterThan(0);
    expect(new Set(mine.rows.map((row) => row.salesRepId))).toEqual(new Set([achieng]));
    const snooping = await world.asRep(achieng, (db) =>
      listCommissions(db, { salesRepId: baraka }, { page: 1, pageSize: 100 }),
    );
    expect(snooping.total).toBe(0);
  });
});
