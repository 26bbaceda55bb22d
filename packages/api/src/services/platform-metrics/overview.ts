import { Prisma, type ScopedDb } from "@aizalo/db";
import { nairobiMonthOf, monthLabel, type Month } from "./months";
import { mrrMovement, type MrrMovement } from "./mrr-movement";
import { revenueByMonth, type RevenueMonth } from "./revenue-series";
import { tenantCounts, type TenantCounts } from "./tenant-counts";

export interface PlatformOverview {
  month: Month;
  monthLabel: string;
  /** True when `month` is the month in progress: its figures are "so far". */
  monthInProgress: boolean;
  movement: MrrMovement;
  /** Tenants that left paying status in the month ÷ paying tenants at its start; null if none. */
  churnRate: Prisma.Decimal | null;
  /** MRR ÷ paying tenants, rounded half-up to the cent; null without paying tenants. */
  arpt: Prisma.Decimal | null;
  tenants: TenantCounts;
  revenue: RevenueMonth[];
}

/**
 * /admin's business figures for `month` (default: the current Nairobi month). `now` is the
 * clock, so tests can stand on any day. Platform health is its own call (platformHealth), so
 * the page reads both at once on two connections.
 */
export async function platformOverview(
  db: ScopedDb,
  options: { month?: Month; now?: Date } = {},
): Promise<PlatformOverview> {
  const now = options.now ?? new Date();
  const current = nairobiMonthOf(now);
  const month = options.month ?? current;
  const movement = await mrrMovement(db, month, now);
  const tenants = await tenantCounts(db);
  const revenue = await revenueByMonth(db, month, 12);
  return {
    month,
    monthLabel: monthLabel(month),
    monthInProgress: month === current,
    movement,
    churnRate: churnRate(movement),
    arpt: averageRevenuePerTenant(movement),
    tenants,
    revenue,
  };
}

export function churnRate(movement: Pick<MrrMovement, "churnedTenants" | "payingAtStart">) {
  if (movement.payingAtStart === 0) return null;
  return new Prisma.Decimal(movement.churnedTenants).div(movement.payingAtStart);
}

export function averageRevenuePerTenant(movement: Pick<MrrMovement, "mrr" | "payingAtEnd">) {
  if (movement.payingAtEnd === 0) return null;
  return movement.mrr.div(movement.payingAtEnd).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
}
