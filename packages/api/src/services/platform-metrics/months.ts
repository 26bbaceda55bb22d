import { z } from "zod";

/** Platform figures run on calendar months in Nairobi time (DESIGN.md "Platform metrics"). */
export const PLATFORM_TIME_ZONE = "Africa/Nairobi";

/** "2026-11": a calendar month. */
export type Month = `${number}-${number}`;

export const monthInput = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Give a month as YYYY-MM, e.g. 2026-11.")
  .transform((value) => value as Month);

const NAIROBI_MONTH = new Intl.DateTimeFormat("en-CA", {
  timeZone: PLATFORM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
});

/** The Nairobi calendar month `at` falls in (23:30 on the 31st is still that month). */
export function nairobiMonthOf(at: Date): Month {
  const parts = NAIROBI_MONTH.formatToParts(at);
  const year = parts.find((part) => part.type === "year")?.value;
  const month = parts.find((part) => part.type === "month")?.value;
  return `${year}-${month}` as Month;
}

/** `month` moved by `delta` months ("2026-01", -1 → "2025-12"). */
export function addMonths(month: Month, delta: number): Month {
  const [year = 0, monthNumber = 1] = month.split("-").map(Number);
  const index = year * 12 + (monthNumber - 1) + delta;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return `${String(newYear).padStart(4, "0")}-${String(newMonth).padStart(2, "0")}` as Month;
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, index) => addMonths(last, index - (count - 1)));
}

const LABEL = new Intl.DateTimeFormat("en-KE", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Nov 2026" */
export function monthLabel(month: Month): string {
  return LABEL.format(new Date(`${month}-01T00:00:00Z`));
}
