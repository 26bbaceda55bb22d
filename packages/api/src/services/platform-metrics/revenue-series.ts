import { Prisma, type ScopedDb } from "@aizalo/db";
import { monthLabel, monthsEndingWith, type Month } from "./months";

export const REVENUE_TYPES = ["subscription", "setup", "addon", "overage"] as const;
export type RevenueTypeName = (typeof REVENUE_TYPES)[number];

export interface RevenueMonth {
  month: Month;
  label: string;
  /** Net of refunds (a refund is a negative row in the month it was paid back). */
  byType: Record<RevenueTypeName, Prisma.Decimal>;
  total: Prisma.Decimal;
}

/**
 * Money received per Nairobi calendar month and revenue type from `platform_revenue`, for the
 * `count` months ending with `last` (months without payments included, as zeros). Demo
 * accounts are left out, as from every platform figure.
 */
export async function revenueByMonth(
  db: ScopedDb,
  last: Month,
  count = 12,
): Promise<RevenueMonth[]> {
  const months = monthsEndingWith(last, count);
  const first = months[0] ?? last;
  const rows = await db.$queryRaw<{ month: Month; type: RevenueTypeName; amount: string }[]>`
    SELECT to_char(r.paid_at AT TIME ZONE 'Africa/Nairobi', 'YYYY-MM') AS month,
      r.type::text AS type, sum(r.amount)::text AS amount
    FROM platform_revenue r
    JOIN tenants t ON t.id = r.tenant_id AND NOT t.is_demo
    WHERE r.paid_at >= (${first}::text || '-01')::timestamp AT TIME ZONE 'Africa/Nairobi'
      AND r.paid_at < ((${last}::text || '-01')::date + interval '1 month')::timestamp
        AT TIME ZONE 'Africa/Nairobi'
    GROUP BY 1, 2`;
  return months.map((month) => {
    const byType = Object.fromEntries(
      REVENUE_TYPES.map((type) => {
        const row = rows.find((candidate) => candidate.month === month && candidate.type === type);
        return [type, new Prisma.Decimal(row?.amount ?? 0)];
      }),
    ) as Record<RevenueTypeName, Prisma.Decimal>;
    const total = REVENUE_TYPES.reduce(
      (sum, type) => sum.plus(byType[type]),
      new Prisma.Decimal(0),
    );
    return { month, label: monthLabel(month), byType, total };
  });
}
