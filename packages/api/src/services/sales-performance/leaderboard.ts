import { Prisma, type ScopedDb } from "@aizalo/db";
import type { Period } from "./period";

/**
 * One rep's line on the team leaderboard for a period. Definitions (also in the SQL function
 * app.sales_leaderboard, migration 0011, which computes them):
 * - revenue: net platform revenue the rep earned on (platform_revenue.sales_rep_id), paid in the
 *   period; a refund counts on its own date.
 * - commissions: the commissions on that revenue (refunds' negative ones included).
 * - dealsWon: non-demo tenants the rep onboarded whose account was created in the period.
 * - conversionRate: of the rep's sales leads created in the period, the share won by now
 *   (leadsWon ÷ leads, 0-1); null when the rep had no new leads.
 * Ranked by revenue, then deals won, then commissions (descending), then name and id: equal
 * figures always come out in the same order, and ranks are positions (no shared ranks).
 */
export interface LeaderboardLine {
  rank: number;
  teamSize: number;
  salesRepId: string;
  fullName: string;
  isActive: boolean;
  revenue: Prisma.Decimal;
  commissions: Prisma.Decimal;
  dealsWon: number;
  leads: number;
  leadsWon: number;
  conversionRate: number | null;
}

interface LeaderboardRow {
  rank: bigint;
  team_size: bigint;
  sales_rep_id: string;
  full_name: string;
  is_active: boolean;
  revenue: Prisma.Decimal;
  commissions: Prisma.Decimal;
  deals_won: bigint;
  leads: bigint;
  leads_won: bigint;
}

/**
 * The whole team's leaderboard for owner and admin. Called as a sales rep it holds only that
 * rep's own line (the database function hides the others); use `repStanding` there.
 */
export async function leaderboard(db: ScopedDb, period: Period): Promise<LeaderboardLine[]> {
  const rows = await db.$queryRaw<LeaderboardRow[]>`
    SELECT * FROM app.sales_leaderboard(${period.from}::timestamptz, ${period.to}::timestamptz)`;
  return rows.map(toLine);
}

/**
 * One rep's line (rank among the whole team, team size, own figures), for the sales portal's
 * "my rank": works as that rep, and as owner/admin. null when the rep is not on the board
 * (not a sales rep, or inactive with nothing in the period).
 */
export async function repStanding(
  db: ScopedDb,
  salesRepId: string,
  period: Period,
): Promise<LeaderboardLine | null> {
  const rows = await db.$queryRaw<LeaderboardRow[]>`
    SELECT * FROM app.sales_leaderboard(${period.from}::timestamptz, ${period.to}::timestamptz)
    WHERE sales_rep_id = ${salesRepId}::uuid`;
  const row = rows[0];
  return row ? toLine(row) : null;
}

function toLine(row: LeaderboardRow): LeaderboardLine {
  const leads = Number(row.leads);
  const leadsWon = Number(row.leads_won);
  return {
    rank: Number(row.rank),
    teamSize: Number(row.team_size),
    salesRepId: row.sales_rep_id,
    fullName: row.full_name,
    isActive: row.is_active,
    revenue: new Prisma.Decimal(row.revenue).toDecimalPlaces(2),
    commissions: new Prisma.Decimal(row.commissions).toDecimalPlaces(2),
    dealsWon: Number(row.deals_won),
    leads,
    leadsWon,
    conversionRate: leads === 0 ? null : leadsWon / leads,
  };
}
