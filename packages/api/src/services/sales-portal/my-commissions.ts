import { Prisma, type ScopedDb } from "@aizalo/db";
import { z } from "zod";
import { commissionSummary, listCommissions } from "../commissions";
import {
  monthInput,
  monthKey,
  monthPeriod,
  monthPeriodFromKey,
  nairobiParts,
  repStanding,
} from "../sales-performance";
import type { SalesViewer } from "./viewer";

// "My commissions" in the sales portal. The figures are the commission services' (amounts are
// computed once, when a payment is recorded); this file only picks the rep's own and groups
// them the way the page shows them. Support earns no commission: its pages show none.

export const myCommissionsInput = z
  .object({
    /** "2026-11"; the current Nairobi month when left out. */
    month: monthInput.optional(),
    page: z.number().int().min(1).max(1000).default(1),
  })
  .default({ page: 1 });
export type MyCommissionsInput = z.infer<typeof myCommissionsInput>;

const HISTORY_MONTHS = 12;
const zero = () => new Prisma.Decimal(0);

/** The month's commissions per client, split recurring / one-time (setup fees). */
async function byClient(db: ScopedDb, viewer: SalesViewer, month: string) {
  const period = monthPeriodFromKey(month);
  const rows = await db.commission.findMany({
    where: { salesRepId: viewer.userId, revenue: { paidAt: { gte: period.from, lt: period.to } } },
    select: { tenantId: true, amount: true, revenue: { select: { type: true } } },
  });
  const clients = new Map<string, { recurring: Prisma.Decimal; oneTime: Prisma.Decimal }>();
  for (const row of rows) {
    const client = clients.get(row.tenantId) ?? { recurring: zero(), oneTime: zero() };
    if (row.revenue.type === "setup") client.oneTime = client.oneTime.plus(row.amount);
    else client.recurring = client.recurring.plus(row.amount);
    clients.set(row.tenantId, client);
  }
  // Names apart: a client since handed to another rep is no longer visible to this one.
  const tenants = await db.tenant.findMany({
    where: { id: { in: [...clients.keys()] } },
    select: { id: true, businessName: true },
  });
  const names = new Map(tenants.map((tenant) => [tenant.id, tenant.businessName]));
  return [...clients.entries()]
    .map(([tenantId, sums]) => ({
      tenantId,
      businessName: names.get(tenantId) ?? null,
      ...sums,
      total: sums.recurring.plus(sums.oneTime),
    }))
    .sort((a, b) => b.total.comparedTo(a.total) || a.tenantId.localeCompare(b.tenantId));
}

/** The last twelve Nairobi months, newest first, with their totals by status. */
async function history(db: ScopedDb, viewer: SalesViewer, now: Date) {
  const { year, month } = nairobiParts(now);
  const months = [];
  for (let back = 0; back < HISTORY_MONTHS; back += 1) {
    const period = monthPeriod(year, month - back);
    const summary = await commissionSummary(db, viewer.userId, period);
    months.push({ month: monthKey(period.from), ...summary });
  }
  return months;
}

/** This month (or a chosen one) for the signed-in rep: totals, rank, clients, lines, history. */
export async function myCommissions(
  db: ScopedDb,
  viewer: SalesViewer,
  input: MyCommissionsInput,
  now = new Date(),
) {
  const month = input.month ?? monthKey(now);
  const period = monthPeriodFromKey(month);
  return {
    month,
    summary: await commissionSummary(db, viewer.userId, period),
    standing: await repStanding(db, viewer.userId, period),
    byClient: await byClient(db, viewer, month),
    lines: await listCommissions(
      db,
      { salesRepId: viewer.userId, month },
      { page: input.page, pageSize: 25 },
    ),
    history: await history(db, viewer, now),
  };
}

/** The dashboard's line: this month's commission by status, and my rank on the team. */
export async function myCommissionThisMonth(db: ScopedDb, viewer: SalesViewer, now = new Date()) {
  const period = monthPeriodFromKey(monthKey(now));
  return {
    summary: await commissionSummary(db, viewer.userId, period),
    standing: await repStanding(db, viewer.userId, period),
  };
}
