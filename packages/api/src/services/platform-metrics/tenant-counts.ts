import type { ScopedDb } from "@aizalo/db";

export const SUBSCRIPTION_STATUSES = [
  "trial",
  "active",
  "past_due",
  "canceled",
  "suspended",
] as const;
export type SubscriptionStatusName = (typeof SUBSCRIPTION_STATUSES)[number];

export interface TenantCounts {
  /** Real businesses (not demo, not deleted) by subscription status, every status present. */
  byStatus: Record<SubscriptionStatusName, number>;
  total: number;
  /** Demo accounts, counted apart: they are in no other figure. */
  demo: number;
}

/** Businesses on the platform now, by subscription status, with demo accounts apart. */
export async function tenantCounts(db: ScopedDb): Promise<TenantCounts> {
  const rows = await db.$queryRaw<{ status: SubscriptionStatusName; demo: boolean; n: number }[]>`
    SELECT subscription_status::text AS status, is_demo AS demo, count(*)::int AS n
    FROM tenants WHERE deleted_at IS NULL
    GROUP BY 1, 2`;
  const byStatus = Object.fromEntries(SUBSCRIPTION_STATUSES.map((status) => [status, 0])) as Record<
    SubscriptionStatusName,
    number
  >;
  let demo = 0;
  for (const row of rows) {
    if (row.demo) demo += row.n;
    else byStatus[row.status] += row.n;
  }
  const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  return { byStatus, total, demo };
}
