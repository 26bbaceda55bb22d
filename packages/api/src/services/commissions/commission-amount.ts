import { Prisma } from "@aizalo/db";

/** platform_revenue.type and payment_method, in the database's words. */
export const REVENUE_TYPES = ["setup", "subscription", "addon", "overage"] as const;
export type RevenueType = (typeof REVENUE_TYPES)[number];
export const PAYMENT_METHODS = ["mpesa", "bank", "card", "cash"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const COMMISSION_STATUSES = ["pending", "approved", "paid"] as const;
export type CommissionStatus = (typeof COMMISSION_STATUSES)[number];

/** Money or a rate as a Decimal, a decimal string or a number literal from a test. */
export type DecimalValue = Prisma.Decimal | string | number;

/** A rep's rates in percent, as sales_commission_rates stores them. */
export interface CommissionRates {
  setupRate: Prisma.Decimal;
  recurringRate: Prisma.Decimal;
}

/** DESIGN.md "Platform metrics": the setup rate for setup fees, the recurring rate for the rest. */
export function rateFor(type: RevenueType, rates: CommissionRates): Prisma.Decimal {
  return type === "setup" ? rates.setupRate : rates.recurringRate;
}

/**
 * amount × rate% in exact decimals, rounded once, to the cent, half-up: a half cent goes away
 * from zero (decimal.js ROUND_HALF_UP, the same as PostgreSQL's round() on numeric), so a
 * refund's negative commission is the exact mirror of the commission it takes back.
 */
export function commissionAmount(amount: DecimalValue, ratePercent: DecimalValue): Prisma.Decimal {
  return new Prisma.Decimal(amount)
    .times(ratePercent)
    .dividedBy(100)
    .toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
}
