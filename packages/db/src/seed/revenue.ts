import { Prisma, type PaymentMethod, type RevenueType } from "../generated/prisma/client";
import type { Business } from "./businesses";
import {
  addDays,
  addMinutes,
  addMonths,
  nairobiMonthStart,
  nairobiParts,
  type SeedClock,
} from "./clock";
import { seedId } from "./ids";
import { commissionRate, platformUserId } from "./platform";
import { randomFor, type Random } from "./random";
import type { Payment, SubscriptionStory } from "./subscriptions";
import { tenantId } from "./tenants";

// Platform revenue (KES) and the commission each payment earned its business's sales rep.

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/**
 * An M-Pesa-style receipt such as SJK3H7QW2P: ten characters, the first two standing for the
 * year (R = 2023, S = 2024, T = 2025, ...) and the month (A = January).
 */
function mpesaReceipt(random: Random, at: Date): string {
  const { year, month } = nairobiParts(at);
  const yearLetter = String.fromCharCode("R".charCodeAt(0) + ((((year - 2023) % 26) + 26) % 26));
  return `${yearLetter}${String.fromCharCode(64 + month)}${random.characters(CODE_ALPHABET, 8)}`;
}

/** A bank transfer reference: FT, the year, the day of the year, then five characters. */
function bankReference(random: Random, at: Date): string {
  const { year } = nairobiParts(at);
  const dayOfYear = Math.floor((at.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return `FT${String(year).slice(2)}${String(dayOfYear).padStart(3, "0")}${random.characters(CODE_ALPHABET, 5)}`;
}

function paymentReference(random: Random, method: PaymentMethod, at: Date): string | null {
  if (method === "mpesa") return mpesaReceipt(random, at);
  if (method === "bank") return bankReference(random, at);
  return null;
}

export interface RevenueRows {
  revenue: Prisma.PlatformRevenueCreateManyInput[];
  /** Refunds point at a payment, so they are written after it. */
  refunds: Prisma.PlatformRevenueCreateManyInput[];
  commissions: Prisma.CommissionCreateManyInput[];
}

export function platformRevenue(
  business: Business,
  story: SubscriptionStory,
  clock: SeedClock,
): RevenueRows {
  const rows: RevenueRows = { revenue: [], refunds: [], commissions: [] };
  const lifecycle = business.lifecycle;
  if (lifecycle.status === "trial") return rows;
  const method = lifecycle.paymentMethod;
  const random = randomFor("revenue", business.industry);
  const rep = platformUserId.sales(business.salesRep);
  // M-Pesa payments arrive through the payment webhook; bank transfers are entered by the admin.
  const recordedBy = method === "mpesa" ? null : platformUserId.admin;

  const record = (
    key: string,
    type: RevenueType,
    payment: Payment,
    description: string,
    target: "revenue" | "refunds" = "revenue",
    refundOf?: { id: string; paidAt: Date },
  ) => {
    const id = seedId("revenue", business.industry, key);
    const row: Prisma.PlatformRevenueCreateManyInput = {
      id,
      tenantId: tenantId(business),
      amount: payment.amount,
      type,
      paymentMethod: refundOf ? "mpesa" : method,
      paymentReference: paymentReference(random, refundOf ? "mpesa" : method, payment.at),
      salesRepId: rep,
      refundOfId: refundOf?.id ?? null,
      description,
      paidAt: payment.at,
      recordedBy: refundOf ? platformUserId.admin : recordedBy,
      createdAt: payment.at,
    };
    rows[target].push(row);
    // A refund takes back the commission at the rate the original payment earned.
    rows.commissions.push(
      commission(
        clock,
        business,
        id,
        payment,
        type,
        refundOf?.paidAt ?? payment.at,
        refundOf !== undefined,
      ),
    );
    return { id, paidAt: payment.at };
  };

  if (story.setupFee) record("setup", "setup", story.setupFee, `Setup fee, ${lifecycle.plan} plan`);
  story.monthlyPayments.forEach((payment, index) => {
    const { year, month } = nairobiParts(payment.at);
    record(
      `month-${index}`,
      "subscription",
      payment,
      `Subscription, ${MONTH_NAMES[month - 1]} ${year}`,
    );
  });
  if (story.duplicate) {
    const duplicate = record(
      "duplicate",
      "subscription",
      story.duplicate.payment,
      "Subscription paid twice by mistake",
    );
    record(
      "refund",
      "subscription",
      {
        at: story.duplicate.refundedAt,
        amount: new Prisma.Decimal(story.duplicate.payment.amount).negated().toFixed(2),
      },
      "Refund of the duplicate payment",
      "refunds",
      duplicate,
    );
  }
  return rows;
}

function commission(
  clock: SeedClock,
  business: Business,
  revenueId: string,
  payment: Payment,
  type: RevenueType,
  rateAt: Date,
  isRefund: boolean,
): Prisma.CommissionCreateManyInput {
  const rate = commissionRate(clock, business.salesRep, type, rateAt);
  // Rounded once, to the cent, half away from zero (as PostgreSQL's round() does).
  const amount = new Prisma.Decimal(payment.amount)
    .times(rate)
    .dividedBy(100)
    .toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
  return {
    id: seedId("commission", revenueId),
    salesRepId: platformUserId.sales(business.salesRep),
    tenantId: tenantId(business),
    revenueId,
    kind: isRefund ? "refund" : "earned",
    amount,
    rate,
    ...payoutState(clock, business, payment.at),
    createdAt: payment.at,
  };
}

/**
 * Commissions are approved at the start of the next month and paid out a few days later:
 * this month's are pending, last month's approved, older ones paid.
 */
function payoutState(
  clock: SeedClock,
  business: Business,
  paidAt: Date,
): Pick<
  Prisma.CommissionCreateManyInput,
  "status" | "approvedAt" | "approvedBy" | "paidAt" | "payoutReference"
> {
  const thisMonth = nairobiMonthStart(clock.now);
  if (paidAt >= thisMonth) return { status: "pending" };
  const payoutMonth = nairobiMonthStart(addMonths(nairobiMonthStart(paidAt), 1));
  const approvedAt = addMinutes(addDays(payoutMonth, 1), 10 * 60);
  if (payoutMonth.getTime() === thisMonth.getTime()) {
    return {
      status: "approved",
      approvedAt: approvedAt < clock.now ? approvedAt : clock.minutesAgo(1),
      approvedBy: platformUserId.owner,
    };
  }
  // One M-Pesa payout per rep per month, so the reference repeats across that month's rows.
  const { year, month } = nairobiParts(addDays(payoutMonth, 1));
  const payoutAt = addMinutes(addDays(payoutMonth, 4), 15 * 60);
  return {
    status: "paid",
    approvedAt,
    approvedBy: platformUserId.owner,
    paidAt: payoutAt,
    payoutReference: mpesaReceipt(randomFor("payout", business.salesRep, year, month), payoutAt),
  };
}
