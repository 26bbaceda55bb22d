import { Prisma, type ScopedDb } from "@aizalo/db";
import { monthPeriodFromKey, type Period } from "../sales-performance/period";
import type { CommissionStatus } from "./commission-amount";

export interface CommissionFilters {
  salesRepId?: string | undefined;
  status?: CommissionStatus | undefined;
  /** "2026-11": commissions on payments made in that Nairobi month. */
  month?: string | undefined;
}

function whereOf(filters: CommissionFilters): Prisma.CommissionWhereInput {
  // Spread only the filters given: the query guard refuses an undefined where value.
  const period = filters.month ? monthPeriodFromKey(filters.month) : null;
  return {
    ...(filters.salesRepId && { salesRepId: filters.salesRepId }),
    ...(filters.status && { status: filters.status }),
    ...(period && { revenue: { paidAt: { gte: period.from, lt: period.to } } }),
  };
}

const rowSelect = {
  id: true,
  salesRepId: true,
  tenantId: true,
  kind: true,
  amount: true,
  rate: true,
  status: true,
  approvedAt: true,
  paidAt: true,
  payoutReference: true,
  createdAt: true,
  salesRep: { select: { fullName: true } },
  approvedByUser: { select: { fullName: true } },
  paidByUser: { select: { fullName: true } },
  revenue: {
    select: {
      id: true,
      amount: true,
      type: true,
      paymentMethod: true,
      paymentReference: true,
      paidAt: true,
    },
  },
} as const satisfies Prisma.CommissionSelect;

/**
 * Commissions, newest payment first (ties by id, so pages never shuffle), with the business
 * each came from. Works for owner/admin (everyone's) and for a sales rep (RLS: their own).
 */
export async function listCommissions(
  db: ScopedDb,
  filters: CommissionFilters,
  page: { page: number; pageSize: number },
) {
  const where = whereOf(filters);
  const [rows, total, byStatus] = await Promise.all([
    db.commission.findMany({
      where,
      select: rowSelect,
      orderBy: [{ revenue: { paidAt: "desc" } }, { id: "asc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    db.commission.count({ where }),
    db.commission.groupBy({
      by: ["status"],
      // Totals by status ignore the status filter: the page shows all three.
      where: whereOf({ ...filters, status: undefined }),
      _sum: { amount: true },
    }),
  ]);
  return {
    rows: await withBusinessNames(db, rows),
    total,
    totals: statusTotals(byStatus),
  };
}

/** Every commission matching the filters (the CSV export), capped so one export stays small. */
export async function commissionsForExport(db: ScopedDb, filters: CommissionFilters) {
  const rows = await db.commission.findMany({
    where: whereOf(filters),
    select: rowSelect,
    orderBy: [{ revenue: { paidAt: "desc" } }, { id: "asc" }],
    take: EXPORT_LIMIT,
  });
  return withBusinessNames(db, rows);
}

export const EXPORT_LIMIT = 50_000;

/**
 * Business names for the rows. Looked up apart, not joined: a rep may hold a commission on a
 * business since reassigned to someone else, which RLS no longer shows them (name: null).
 */
async function withBusinessNames<T extends { tenantId: string }>(db: ScopedDb, rows: T[]) {
  const ids = [...new Set(rows.map((row) => row.tenantId))];
  const tenants = await db.tenant.findMany({
    where: { id: { in: ids } },
    select: { id: true, businessName: true },
  });
  const names = new Map(tenants.map((tenant) => [tenant.id, tenant.businessName]));
  return rows.map((row) => ({ ...row, businessName: names.get(row.tenantId) ?? null }));
}

function statusTotals(
  groups: { status: CommissionStatus; _sum: { amount: Prisma.Decimal | null } }[],
) {
  const totals = {
    pending: new Prisma.Decimal(0),
    approved: new Prisma.Decimal(0),
    paid: new Prisma.Decimal(0),
  };
  for (const group of groups) totals[group.status] = group._sum.amount ?? new Prisma.Decimal(0);
  return totals;
}

/**
 * A rep's commissions on payments made in a period, by status and by kind of revenue
 * (recurring: subscription, add-ons, overage; one-time: setup), for the sales portal's
 * "my commission". Runs as the rep (RLS shows only theirs) or as owner/admin.
 */
export async function commissionSummary(db: ScopedDb, salesRepId: string, period: Period) {
  const rows = await db.commission.findMany({
    where: { salesRepId, revenue: { paidAt: { gte: period.from, lt: period.to } } },
    select: { amount: true, status: true, revenue: { select: { type: true } } },
  });
  const zero = () => new Prisma.Decimal(0);
  const summary = {
    pending: zero(),
    approved: zero(),
    paid: zero(),
    total: zero(),
    recurring: zero(),
    oneTime: zero(),
  };
  for (const row of rows) {
    summary[row.status] = summary[row.status].plus(row.amount);
    summary.total = summary.total.plus(row.amount);
    if (row.revenue.type === "setup") summary.oneTime = summary.oneTime.plus(row.amount);
    else summary.recurring = summary.recurring.plus(row.amount);
  }
  return summary;
}
