import type { ScopedDb } from "@aizalo/db";
import type { BusinessCalendar } from "./calendar";
import { conversionRate } from "./lead-conversion";

/** How far back the dashboard's conversion rate looks. */
export const CONVERSION_WINDOW_DAYS = 30;

export interface DashboardFigures {
  /** Conversations with a message (not an internal note) since midnight, business time. */
  conversationsToday: number;
  /** Active or waiting: someone may owe the customer a reply. */
  openConversations: number;
  /** Leads created since Monday 00:00, business time. */
  newLeadsThisWeek: number;
  /** Won ÷ closed (won + lost) over the last 30 days; null when nothing closed. */
  conversion: { won: number; closed: number; rate: number | null };
  /** Won leads' value (won this month) + converted conversations' value (resolved this month). */
  revenueThisMonth: string;
  currency: string;
  timeZone: string;
}

interface Row {
  conversations_today: number;
  open_conversations: number;
  new_leads_this_week: number;
  revenue: string;
}

/**
 * The figures every business sees first. Day, week (from Monday) and month
 * start at midnight in the business's time zone, so a message at 23:59 Nairobi time is that
 * day's. A conversation has no conversion date of its own: its sale counts when it was resolved
 * (or last active, while still open). Raw SQL spells its filters out (deleted_at); RLS keeps
 * it to the tenant. `now` is a parameter so tests can stand anywhere in the calendar.
 */
export async function dashboardFigures(
  db: ScopedDb,
  calendar: BusinessCalendar,
  now: Date = new Date(),
): Promise<DashboardFigures> {
  const zone = calendar.timeZone;
  const windowStart = new Date(now.getTime() - CONVERSION_WINDOW_DAYS * 86_400_000);
  const [row] = await db.$queryRaw<Row[]>`
    WITH local AS (SELECT ${now}::timestamptz AT TIME ZONE ${zone} AS now),
    bounds AS (
      SELECT date_trunc('day', now) AT TIME ZONE ${zone} AS day_start,
        (date_trunc('day', now) + interval '1 day') AT TIME ZONE ${zone} AS day_end,
        date_trunc('week', now) AT TIME ZONE ${zone} AS week_start,
        (date_trunc('week', now) + interval '1 week') AT TIME ZONE ${zone} AS week_end,
        date_trunc('month', now) AT TIME ZONE ${zone} AS month_start,
        (date_trunc('month', now) + interval '1 month') AT TIME ZONE ${zone} AS month_end
      FROM local
    )
    SELECT
      (SELECT count(DISTINCT m.conversation_id)::int FROM messages m
        JOIN conversations c ON c.tenant_id = m.tenant_id AND c.id = m.conversation_id
        WHERE c.deleted_at IS NULL AND NOT m.is_internal_note
          AND m.created_at >= b.day_start AND m.created_at < b.day_end) AS conversations_today,
      (SELECT count(*)::int FROM conversations c
        WHERE c.deleted_at IS NULL AND c.status IN ('active', 'waiting')) AS open_conversations,
      (SELECT count(*)::int FROM leads l
        WHERE l.deleted_at IS NULL
          AND l.created_at >= b.week_start AND l.created_at < b.week_end) AS new_leads_this_week,
      ((SELECT coalesce(sum(l.value), 0) FROM leads l
        WHERE l.deleted_at IS NULL AND l.stage = 'won'
          AND l.converted_at >= b.month_start AND l.converted_at < b.month_end)
      + (SELECT coalesce(sum(c.conversion_value), 0) FROM conversations c
        WHERE c.deleted_at IS NULL AND c.converted
          AND coalesce(c.resolved_at, c.last_message_at, c.created_at) >= b.month_start AND coalesce(c.resolved_at, c.last_message_at, c.created_at) < b.month_end)
      )::numeric(14, 2)::text AS revenue
    FROM bounds b`;
  if (!row) throw new Error("The dashboard query returned no row");
  const conversion = await conversionRate(db, { start: windowStart, end: now });
  return {
    conversationsToday: row.conversations_today,
    openConversations: row.open_conversations,
    newLeadsThisWeek: row.new_leads_this_week,
    conversion,
    revenueThisMonth: row.revenue,
    currency: calendar.currency,
    timeZone: zone,
  };
}
