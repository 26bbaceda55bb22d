import { z } from "zod";

/**
 * Reporting periods in Africa/Nairobi calendar time (DESIGN.md "Platform metrics"). Nairobi has
 * kept UTC+3 with no daylight saving since 1942, so a fixed offset is exact and needs no zone
 * database. A period is half-open: from ≤ t < to.
 */
const NAIROBI_OFFSET_MS = 3 * 60 * 60 * 1000;

export interface Period {
  from: Date;
  to: Date;
}

/** Midnight in Nairobi at the start of that calendar day (month is 1-12; overflow rolls on). */
export function nairobiDayStart(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day) - NAIROBI_OFFSET_MS);
}

/** The Nairobi calendar year, month (1-12) and day of an instant. */
export function nairobiParts(at: Date): { year: number; month: number; day: number } {
  const local = new Date(at.getTime() + NAIROBI_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
  };
}

export function monthPeriod(year: number, month: number): Period {
  return { from: nairobiDayStart(year, month, 1), to: nairobiDayStart(year, month + 1, 1) };
}

/** The Nairobi month an instant falls in. */
export function monthPeriodOf(at: Date): Period {
  const { year, month } = nairobiParts(at);
  return monthPeriod(year, month);
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const first = (quarter - 1) * 3 + 1;
  return { from: nairobiDayStart(year, first, 1), to: nairobiDayStart(year, first + 3, 1) };
}

/** "2026-11" for the Nairobi month of an instant. */
export function monthKey(at: Date): string {
  const { year, month } = nairobiParts(at);
  return `${year}-${String(month).padStart(2, "0")}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "2026-11" → that Nairobi month. */
export const monthInput = z.string().regex(MONTH, "Choose a month (YYYY-MM).");

/** What a page or procedure asks for: a month, a quarter, or a custom range of whole days. */
export const periodInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("month"), month: monthInput }),
  z.object({
    kind: z.literal("quarter"),
    year: z.number().int().min(2000).max(2100),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  z
    .object({
      kind: z.literal("custom"),
      // Both days included, in Nairobi time.
      from: z.string().regex(DAY, "Choose a start date."),
      to: z.string().regex(DAY, "Choose an end date."),
    })
    .refine((range) => range.from <= range.to, {
      message: "The end date comes after the start date.",
      path: ["to"],
    }),
]);
export type PeriodInput = z.infer<typeof periodInput>;

export function monthPeriodFromKey(key: string): Period {
  const [, year, month] = MONTH.exec(key) ?? [];
  return monthPeriod(Number(year), Number(month));
}

export function resolvePeriod(input: PeriodInput): Period {
  switch (input.kind) {
    case "month":
      return monthPeriodFromKey(input.month);
    case "quarter":
      return quarterPeriod(input.year, input.quarter);
    case "custom": {
      const day = (value: string) => value.split("-").map(Number) as [number, number, number];
      const [fy, fm, fd] = day(input.from);
      const [ty, tm, td] = day(input.to);
      // The end date is included: the period runs to the next day's midnight.
      return { from: nairobiDayStart(fy, fm, fd), to: nairobiDayStart(ty, tm, td + 1) };
    }
  }
}
