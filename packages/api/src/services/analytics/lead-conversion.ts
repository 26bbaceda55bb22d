import type { ScopedDb } from "@aizalo/db";

/** Instants [start, end): a range of the business's days already placed on its clock. */
export interface Span {
  start: Date;
  end: Date;
}

export interface Conversion {
  won: number;
  /** Won + lost: leads whose outcome is known. */
  closed: number;
  /** won ÷ closed; null when nothing closed (no rate, rather than a misleading 0%). */
  rate: number | null;
}

/**
 * Conversion rate = leads won ÷ leads closed (won or lost) in the span. A lead is won when its
 * conversion date falls in it; a lost lead has no closing date of its own, so its last change
 * counts (moving a lead to lost is a change; editing it afterwards moves that date too).
 */
export async function conversionRate(db: ScopedDb, span: Span): Promise<Conversion> {
  const [row] = await db.$queryRaw<{ won: number; lost: number }[]>`
    SELECT
      count(*) FILTER (WHERE stage = 'won' AND converted_at >= ${span.start}
        AND converted_at < ${span.end})::int AS won,
      count(*) FILTER (WHERE stage = 'lost' AND updated_at >= ${span.start}
        AND updated_at < ${span.end})::int AS lost
    FROM leads
    WHERE deleted_at IS NULL AND stage IN ('won', 'lost')`;
  const won = row?.won ?? 0;
  const closed = won + (row?.lost ?? 0);
  return { won, closed, rate: closed === 0 ? null : won / closed };
}
