import { Prisma, type ScopedDb } from "@aizalo/db";
import type { Period } from "../sales-performance/period";
import type { PaymentMethod, RevenueType } from "./commission-amount";

interface Bucket {
  month: string;
  key: string;
  amount: Prisma.Decimal;
  payments: bigint;
}

/**
 * Net revenue (payments minus refunds, KES) per Nairobi month of the period, split by revenue
 * type and by payment method. Months without revenue are present with zeros, so a chart's axis
 * has no gaps. Demo tenants never pay, so there is nothing to exclude.
 */
export async function revenueByMonth(db: ScopedDb, period: Period) {
  const [byType, byMethod] = await Promise.all([
    db.$queryRaw<Bucket[]>`
      SELECT to_char(paid_at AT TIME ZONE 'Africa/Nairobi', 'YYYY-MM') AS month,
        type::text AS key, sum(amount) AS amount, count(*) AS payments
      FROM platform_revenue
      WHERE paid_at >= ${period.from}::timestamptz AND paid_at < ${period.to}::timestamptz
      GROUP BY 1, 2`,
    db.$queryRaw<Bucket[]>`
      SELECT to_char(paid_at AT TIME ZONE 'Africa/Nairobi', 'YYYY-MM') AS month,
        payment_method::text AS key, sum(amount) AS amount, count(*) AS payments
      FROM platform_revenue
      WHERE paid_at >= ${period.from}::timestamptz AND paid_at < ${period.to}::timestamptz
      GROUP BY 1, 2`,
  ]);
  const months = monthsOf(period);
  const zero = () => new Prisma.Decimal(0);
  return months.map((month) => {
    const types: Record<RevenueType, Prisma.Decimal> = {
      setup: zero(),
      subscription: zero(),
      addon: zero(),
      overage: zero(),
    };
    const methods: Record<PaymentMethod, Prisma.Decimal> = {
      mpesa: zero(),
      bank: zero(),
      card: zero(),
      cash: zero(),
    };
    let total = zero();
    let payments = 0;
    for (const bucket of byType.filter((row) => row.month === month)) {
      types[bucket.key as RevenueType] = new Prisma.Decimal(bucket.amount);
      total = total.plus(bucket.amount);
      payments += Number(bucket.payments);
    }
    for (const bucket of byMethod.filter((row) => row.month === month)) {
      methods[bucket.key as PaymentMethod] = new Prisma.Decimal(bucket.amount);
    }
    return { month, total, payments, byType: types, byMethod: methods };
  });
}

/** "2026-01" … for each Nairobi month the period touches. */
function monthsOf(period: Period): string[] {
  const months: string[] = [];
  const nairobi = (at: Date) => new Date(at.getTime() + 3 * 60 * 60 * 1000);
  const start = nairobi(period.from);
  const end = nairobi(new Date(period.to.getTime() - 1));
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  while (
    year < end.getUTCFullYear() ||
    (year === end.getUTCFullYear() && month <= end.getUTCMonth())
  ) {
    months.push(`${year}-${String(month + 1).padStart(2, "0")}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}

export interface RevenueFilters {
  tenantId?: string | undefined;
  type?: RevenueType | undefined;
  paymentMethod?: PaymentMethod | undefined;
}

const revenueRowSelect = {
  id: true,
  tenantId: true,
  amount: true,
  type: true,
  paymentMethod: true,
  paymentReference: true,
  refundOfId: true,
  description: true,
  paidAt: true,
  createdAt: true,
  tenant: { select: { businessName: true, subdomain: true } },
  salesRep: { select: { id: true, fullName: true } },
  recordedByUser: { select: { fullName: true } },
  commission: { select: { id: true, amount: true, status: true } },
} as const satisfies Prisma.PlatformRevenueSelect;

function revenueWhere(period: Period, filters: RevenueFilters): Prisma.PlatformRevenueWhereInput {
  return {
    paidAt: { gte: period.from, lt: period.to },
    ...(filters.tenantId && { tenantId: filters.tenantId }),
    ...(filters.type && { type: filters.type }),
    ...(filters.paymentMethod && { paymentMethod: filters.paymentMethod }),
  };
}

/** Payments and refunds in a period, newest first, for owner and admin. */
export async function listRevenue(
  db: ScopedDb,
  period: Period,
  filters: RevenueFilters,
  page: { page: number; pageSize: number },
) {
  const where = revenueWhere(period, filters);
  const [rows, total] = await Promise.all([
    db.platformRevenue.findMany({
      where,
      select: revenueRowSelect,
      orderBy: [{ paidAt: "desc" }, { id: "asc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    db.platformRevenue.count({ where }),
  ]);
  return { rows, total };
}

/** The same rows without paging, for the CSV export (capped). */
export async function revenueForExport(db: ScopedDb, period: Period, filters: RevenueFilters) {
  return db.platformRevenue.findMany({
    where: revenueWhere(period, filters),
    select: revenueRowSelect,
    orderBy: [{ paidAt: "desc" }, { id: "asc" }],
    take: 50_000,
  });
}
