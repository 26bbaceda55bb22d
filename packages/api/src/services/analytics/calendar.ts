import type { ScopedDb } from "@aizalo/db";
import { z } from "zod";
import { NotFoundError } from "../../errors";

/** Where most businesses on the platform keep their day, and the fallback for a bad zone. */
export const DEFAULT_TIME_ZONE = "Africa/Nairobi";
/** A year and a day: a leap year fits, so "the last 12 months" always does. */
export const MAX_RANGE_DAYS = 366;
/** Longer ranges are drawn per week: a bar per day stops being readable on a phone. */
export const DAILY_UP_TO_DAYS = 92;

const DAY_MS = 86_400_000;

/** The business's own clock and money: figures fall on its days and read in its currency. */
export interface BusinessCalendar {
  timeZone: string;
  currency: string;
}

/** The zone when the runtime knows it, else Nairobi (a typo in settings must not break pages). */
export function usableTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

/** Read from the tenant row (settings edits it there), as the signed-in person. */
export async function businessCalendar(db: ScopedDb, tenantId: string): Promise<BusinessCalendar> {
  const tenant = await db.tenant.findFirst({
    where: { id: tenantId },
    select: { timezone: true, currency: true },
  });
  if (!tenant) throw new NotFoundError("Business");
  return { timeZone: usableTimeZone(tenant.timezone), currency: tenant.currency };
}

/** Days from `from` to `to`, both counted ("2026-11-01".."2026-11-01" is one day). */
export function daysInRange(range: { from: string; to: string }): number {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
}

/** A range of the business's calendar days, both ends included: what the date picker sends. */
export const dateRangeInput = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .refine((range) => range.from <= range.to, {
    path: ["to"],
    message: "The end date must be on or after the start date.",
  })
  .refine((range) => daysInRange(range) <= MAX_RANGE_DAYS, {
    path: ["from"],
    message: `Choose at most ${MAX_RANGE_DAYS} days.`,
  });

export type DateRange = z.infer<typeof dateRangeInput>;

export type Bucket = "day" | "week";

export function bucketFor(range: DateRange): Bucket {
  return daysInRange(range) <= DAILY_UP_TO_DAYS ? "day" : "week";
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every period the chart shows, oldest first, as the first day of each ("2026-11-02"): days, or
 * weeks starting Monday (PostgreSQL's date_trunc('week')). Periods without figures stay, as zeros.
 */
export function periodsOf(range: DateRange, bucket: Bucket): string[] {
  let start = Date.parse(range.from);
  if (bucket === "week") start -= ((new Date(start).getUTCDay() + 6) % 7) * DAY_MS;
  const step = bucket === "day" ? DAY_MS : 7 * DAY_MS;
  const periods: string[] = [];
  for (let at = start; at <= Date.parse(range.to); at += step) periods.push(isoDay(at));
  return periods;
}

/** The business's date today ("2026-11-26"), on its own clock: presets count back from it. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
}
