import { Prisma, type ScopedDb } from "@aizalo/db";
import { NotFoundError, ValidationError } from "../../errors";
import {
  commissionAmount,
  rateFor,
  type DecimalValue,
  type PaymentMethod,
  type RevenueType,
} from "./commission-amount";
import { ratesInForce } from "./rates";

export interface PaymentEntry {
  tenantId: string;
  /** KES, positive, at most two decimals. */
  amount: DecimalValue;
  type: RevenueType;
  paymentMethod: PaymentMethod;
  /** The provider's receipt (M-Pesa code, bank reference); null for cash without one. */
  paymentReference: string | null;
  paidAt: Date;
  description?: string | null;
}

/** A payment dated later than this (clock skew between a phone and the server) is refused. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const revenueSelect = {
  id: true,
  tenantId: true,
  amount: true,
  type: true,
  paymentMethod: true,
  paymentReference: true,
  salesRepId: true,
  refundOfId: true,
  paidAt: true,
} as const;

const commissionSelect = {
  id: true,
  salesRepId: true,
  kind: true,
  amount: true,
  rate: true,
  status: true,
} as const;

/**
 * Records money received from a tenant and the commission it earns (DESIGN.md "Platform
 * metrics"): the rep is the one assigned to the tenant now, when the payment is recorded
 * (stored as sales_rep_id, so a later reassignment does not move it); the rate is that rep's
 * rate in force at the payment date for this revenue type. No assigned rep, or a rep without
 * rates at that date: the revenue is recorded with no commission (`commission: null`).
 */
export async function recordPayment(db: ScopedDb, entry: PaymentEntry, recordedBy: string | null) {
  const amount = new Prisma.Decimal(entry.amount);
  if (!amount.isPositive() || amount.decimalPlaces() > 2) {
    throw new ValidationError("Enter the amount received.", {
      amount: ["Enter an amount above zero, in KES with at most two decimals."],
    });
  }
  if (entry.paidAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw new ValidationError("The payment date is in the future.", {
      paidAt: ["A payment cannot be dated in the future."],
    });
  }
  const tenant = await db.tenant.findFirst({
    where: { id: entry.tenantId, deletedAt: null },
    select: { id: true, isDemo: true, assignedSalesRepId: true },
  });
  if (!tenant) throw new NotFoundError("Business");
  if (tenant.isDemo) {
    throw new ValidationError("Demo accounts do not pay.", {
      tenantId: ["This is a demo account: payments are recorded for real businesses only."],
    });
  }
  await refuseDuplicateReference(db, entry.paymentMethod, entry.paymentReference);

  const revenue = await db.platformRevenue.create({
    data: {
      tenantId: tenant.id,
      amount,
      type: entry.type,
      paymentMethod: entry.paymentMethod,
      paymentReference: entry.paymentReference,
      salesRepId: tenant.assignedSalesRepId,
      description: entry.description ?? null,
      paidAt: entry.paidAt,
      recordedBy,
    },
    select: revenueSelect,
  });

  const rep = tenant.assignedSalesRepId;
  const rates = rep ? await ratesInForce(db, rep, entry.paidAt) : null;
  if (!rep || !rates) return { revenue, commission: null };
  const rate = rateFor(entry.type, rates);
  const commission = await db.commission.create({
    data: {
      salesRepId: rep,
      tenantId: tenant.id,
      revenueId: revenue.id,
      kind: "earned",
      amount: commissionAmount(amount, rate),
      rate,
    },
    select: commissionSelect,
  });
  return { revenue, commission };
}

export interface RefundEntry {
  /** The payment being given back (partly or wholly). */
  revenueId: string;
  /** KES given back: positive here, stored negative. */
  amount: DecimalValue;
  paymentMethod: PaymentMethod;
  paymentReference: string | null;
  paidAt: Date;
  description?: string | null;
}

/**
 * A refund or reversal: a negative revenue row pointing at the payment, earned by the same rep,
 * and a negative commission for that rep at the rate the payment earned (rounded the same way,
 * so a full refund cancels the commission to the cent). The negative commission starts
 * pending like any other; once approved it is netted against the rep's next payout, which is
 * how a commission already paid out is taken back (see markCommissionsPaid).
 */
export async function refundPayment(db: ScopedDb, entry: RefundEntry, recordedBy: string | null) {
  const amount = new Prisma.Decimal(entry.amount);
  if (!amount.isPositive() || amount.decimalPlaces() > 2) {
    throw new ValidationError("Enter the amount given back.", {
      amount: ["Enter an amount above zero, in KES with at most two decimals."],
    });
  }
  const original = await db.platformRevenue.findFirst({
    where: { id: entry.revenueId },
    select: { ...revenueSelect, commission: { select: commissionSelect } },
  });
  if (!original) throw new NotFoundError("Payment");
  if (original.refundOfId) {
    throw new ValidationError("A refund cannot itself be refunded.", {
      revenueId: ["Choose the original payment."],
    });
  }
  const refunded = await db.platformRevenue.aggregate({
    where: { tenantId: original.tenantId, refundOfId: original.id },
    _sum: { amount: true },
  });
  // Refunds are stored negative: what is left = payment + (negative) refunds so far.
  const refundable = original.amount.plus(refunded._sum.amount ?? 0);
  if (amount.greaterThan(refundable)) {
    throw new ValidationError("That is more than is left to refund.", {
      amount: [`At most KES ${refundable.toFixed(2)} is left to refund on this payment.`],
    });
  }
  if (entry.paidAt < original.paidAt || entry.paidAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
    throw new ValidationError("Check the refund date.", {
      paidAt: ["A refund is dated between the payment and now."],
    });
  }
  await refuseDuplicateReference(db, entry.paymentMethod, entry.paymentReference);

  const revenue = await db.platformRevenue.create({
    data: {
      tenantId: original.tenantId,
      amount: amount.negated(),
      type: original.type,
      paymentMethod: entry.paymentMethod,
      paymentReference: entry.paymentReference,
      salesRepId: original.salesRepId,
      refundOfId: original.id,
      description: entry.description ?? null,
      paidAt: entry.paidAt,
      recordedBy,
    },
    select: revenueSelect,
  });
  const earned = original.commission;
  if (!earned) return { revenue, commission: null, nettedAgainstNextPayout: false };
  const commission = await db.commission.create({
    data: {
      salesRepId: earned.salesRepId,
      tenantId: original.tenantId,
      revenueId: revenue.id,
      kind: "refund",
      amount: commissionAmount(amount.negated(), earned.rate),
      rate: earned.rate,
    },
    select: commissionSelect,
  });
  return { revenue, commission, nettedAgainstNextPayout: earned.status === "paid" };
}

/** A receipt is recorded once per payment method (the database enforces it too). */
async function refuseDuplicateReference(
  db: ScopedDb,
  paymentMethod: PaymentMethod,
  paymentReference: string | null,
) {
  if (!paymentReference) return;
  const existing = await db.platformRevenue.findFirst({
    where: { paymentMethod, paymentReference },
    select: { id: true },
  });
  if (existing) {
    throw new ValidationError("This payment was already recorded.", {
      paymentReference: ["A payment with this reference is already recorded."],
    });
  }
}
