import { Prisma, type ScopedDb } from "@aizalo/db";
import { ConflictError, NotFoundError } from "../../errors";

// A commission moves pending → approved → paid, one way only. Approving and paying take a list
// (one id or many), all or nothing: a list with one commission in the wrong state changes none.

async function commissionsById(db: ScopedDb, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const rows = await db.commission.findMany({
    where: { id: { in: unique } },
    select: { id: true, salesRepId: true, amount: true, status: true },
  });
  if (rows.length !== unique.length) throw new NotFoundError("Commission");
  return rows;
}

/** pending → approved, stamping when and by whom. */
export async function approveCommissions(db: ScopedDb, ids: readonly string[], approvedBy: string) {
  const rows = await commissionsById(db, ids);
  const notPending = rows.filter((row) => row.status !== "pending");
  if (notPending.length > 0) {
    throw new ConflictError(
      `${notPending.length} of the chosen commissions ${notPending.length === 1 ? "is" : "are"} already approved or paid: only pending commissions can be approved.`,
    );
  }
  const updated = await db.commission.updateMany({
    where: { id: { in: rows.map((row) => row.id) }, status: "pending" },
    data: { status: "approved", approvedAt: new Date(), approvedBy },
  });
  // Someone else approved one in between: refuse rather than half-apply.
  if (updated.count !== rows.length)
    throw new ConflictError("Commissions changed meanwhile: reload.");
  return { approved: updated.count };
}

export interface Payout {
  salesRepId: string;
  fullName: string;
  /** Net KES paid: the chosen commissions plus the rep's approved refunds netted in. */
  total: Prisma.Decimal;
  commissionIds: string[];
  /** Approved negative commissions (refunds) that were not chosen but are netted in. */
  nettedRefundIds: string[];
}

/**
 * approved → paid, stamping when, by whom and the payout's reference. A refund's negative
 * commission is netted against the rep's next payout: every approved negative commission of a
 * rep in the list is paid (deducted) with it, even if not chosen. A payout whose net would be
 * below zero is refused: the refund waits until the rep's earnings cover it.
 */
export async function markCommissionsPaid(
  db: ScopedDb,
  ids: readonly string[],
  paidBy: string,
  payoutReference: string | null,
): Promise<{ paid: number; payouts: Payout[] }> {
  const chosen = await commissionsById(db, ids);
  const pending = chosen.filter((row) => row.status === "pending").length;
  const paid = chosen.filter((row) => row.status === "paid").length;
  if (pending > 0) {
    throw new ConflictError(
      `${pending} of the chosen commissions ${pending === 1 ? "is" : "are"} not approved yet: approve before paying.`,
    );
  }
  if (paid > 0) {
    throw new ConflictError(
      `${paid} of the chosen commissions ${paid === 1 ? "was" : "were"} already paid.`,
    );
  }
  const reps = [...new Set(chosen.map((row) => row.salesRepId))];
  const refunds = await db.commission.findMany({
    where: {
      salesRepId: { in: reps },
      status: "approved",
      amount: { lt: 0 },
      id: { notIn: chosen.map((row) => row.id) },
    },
    select: { id: true, salesRepId: true, amount: true, status: true },
  });
  const names = new Map(
    (
      await db.platformUser.findMany({
        where: { id: { in: reps } },
        select: { id: true, fullName: true },
      })
    ).map((user) => [user.id, user.fullName]),
  );

  const payouts: Payout[] = reps.map((salesRepId) => {
    const mine = chosen.filter((row) => row.salesRepId === salesRepId);
    const netted = refunds.filter((row) => row.salesRepId === salesRepId);
    const total = [...mine, ...netted].reduce(
      (sum, row) => sum.plus(row.amount),
      new Prisma.Decimal(0),
    );
    return {
      salesRepId,
      fullName: names.get(salesRepId) ?? "",
      total,
      commissionIds: mine.map((row) => row.id),
      nettedRefundIds: netted.map((row) => row.id),
    };
  });
  const negative = payouts.find((payout) => payout.total.isNegative());
  if (negative) {
    throw new ConflictError(
      `The payout to ${negative.fullName} would be KES ${negative.total.toFixed(2)}: refunds netted against it exceed what it pays. Pay it when their earnings cover the refund.`,
    );
  }
  const allIds = payouts.flatMap((payout) => [...payout.commissionIds, ...payout.nettedRefundIds]);
  const updated = await db.commission.updateMany({
    where: { id: { in: allIds }, status: "approved" },
    data: { status: "paid", paidAt: new Date(), paidBy, payoutReference },
  });
  if (updated.count !== allIds.length)
    throw new ConflictError("Commissions changed meanwhile: reload.");
  return { paid: updated.count, payouts };
}
