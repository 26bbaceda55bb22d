import { Prisma, type ScopedDb } from "@aizalo/db";
import type { DecimalValue } from "./commission-amount";
import { ValidationError } from "../../errors";

/**
 * The rates in force for a rep at an instant: the latest sales_commission_rates row with
 * effective_from ≤ at (rows are never updated, so past commissions stay explainable).
 */
export async function ratesInForce(db: ScopedDb, salesRepId: string, at: Date) {
  return db.salesCommissionRate.findFirst({
    where: { salesRepId, effectiveFrom: { lte: at } },
    orderBy: { effectiveFrom: "desc" },
    select: { setupRate: true, recurringRate: true, effectiveFrom: true },
  });
}

/** A rep's rate history, newest first. */
export async function rateHistory(db: ScopedDb, salesRepId: string) {
  return db.salesCommissionRate.findMany({
    where: { salesRepId },
    orderBy: { effectiveFrom: "desc" },
    select: {
      id: true,
      setupRate: true,
      recurringRate: true,
      effectiveFrom: true,
      createdAt: true,
      createdByUser: { select: { fullName: true } },
    },
  });
}

export interface NewRates {
  salesRepId: string;
  setupRate: DecimalValue;
  recurringRate: DecimalValue;
  effectiveFrom: Date;
}

/**
 * Sets a rep's rates from a date on: a new row, never an update. Two changes at the same
 * instant cannot both hold, so the second is refused.
 */
export async function setCommissionRates(db: ScopedDb, rates: NewRates, setBy: string) {
  const rep = await db.platformUser.findFirst({
    where: { id: rates.salesRepId, role: "sales", deletedAt: null },
    select: { id: true },
  });
  if (!rep)
    throw new ValidationError("Choose a sales rep.", { salesRepId: ["Choose a sales rep."] });
  const clash = await db.salesCommissionRate.findFirst({
    where: { salesRepId: rates.salesRepId, effectiveFrom: rates.effectiveFrom },
    select: { id: true },
  });
  if (clash) {
    throw new ValidationError("This rep already has rates starting at that moment.", {
      effectiveFrom: ["Rates already start at that moment: pick another date."],
    });
  }
  return db.salesCommissionRate.create({
    data: {
      salesRepId: rates.salesRepId,
      setupRate: new Prisma.Decimal(rates.setupRate),
      recurringRate: new Prisma.Decimal(rates.recurringRate),
      effectiveFrom: rates.effectiveFrom,
      createdBy: setBy,
    },
    select: { id: true, setupRate: true, recurringRate: true, effectiveFrom: true },
  });
}
