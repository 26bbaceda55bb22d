import type { ScopedDb } from "@aizalo/db";
import type { DateRange } from "./calendar";
import type { Span } from "./lead-conversion";

/**
 * The instants a range of the business's days covers: from midnight of `from` to midnight after
 * `to`, in its time zone (PostgreSQL knows the zone rules, DST included).
 */
export async function spanOfRange(db: ScopedDb, range: DateRange, zone: string): Promise<Span> {
  const [row] = await db.$queryRaw<Span[]>`
    SELECT (${range.from}::date)::timestamp AT TIME ZONE ${zone} AS start,
      (${range.to}::date + 1)::timestamp AT TIME ZONE ${zone} AS "end"`;
  if (!row) throw new Error("The range query returned no row");
  return row;
}
