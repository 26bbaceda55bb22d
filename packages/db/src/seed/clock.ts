/**
 * Time for the demo data. Every date is relative to the moment the seed starts, so dashboards
 * look alive whenever the database was seeded. Business calendars are Nairobi's: East Africa
 * Time is UTC+3 all year (no daylight saving), so a fixed offset is exact.
 */
const NAIROBI_OFFSET_MS = 3 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export class SeedClock {
  constructor(readonly now: Date) {}

  minutesAgo(minutes: number): Date {
    return new Date(this.now.getTime() - minutes * MINUTE_MS);
  }

  /** `days` calendar days before today, at a Nairobi wall-clock time; never in the future. */
  daysAgo(days: number, hour = 9, minute = 0): Date {
    const at = atNairobiTime(new Date(this.now.getTime() - days * DAY_MS), hour, minute);
    return at.getTime() < this.now.getTime() ? at : this.minutesAgo(1);
  }

  /** `days` calendar days after today, at a Nairobi wall-clock time (bookings, follow-ups). */
  daysAhead(days: number, hour = 9, minute = 0): Date {
    return atNairobiTime(new Date(this.now.getTime() + days * DAY_MS), hour, minute);
  }
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Calendar months in Nairobi, keeping the wall-clock time; the 31st becomes the month's last day. */
export function addMonths(date: Date, months: number): Date {
  const local = new Date(date.getTime() + NAIROBI_OFFSET_MS);
  const target = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(local.getUTCDate(), lastDay));
  target.setUTCHours(local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds(), 0);
  return new Date(target.getTime() - NAIROBI_OFFSET_MS);
}

/** The instant the Nairobi calendar month of `date` began. */
export function nairobiMonthStart(date: Date): Date {
  const local = new Date(date.getTime() + NAIROBI_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - NAIROBI_OFFSET_MS);
}

/** The Nairobi calendar date of `date`, as a `date` column wants it (midnight UTC of that day). */
export function nairobiDate(date: Date): Date {
  const local = new Date(date.getTime() + NAIROBI_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** Nairobi wall-clock parts, for references and labels that print a date. */
export function nairobiParts(date: Date): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + NAIROBI_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function atNairobiTime(date: Date, hour: number, minute: number): Date {
  const local = new Date(date.getTime() + NAIROBI_OFFSET_MS);
  local.setUTCHours(hour, minute, 0, 0);
  return new Date(local.getTime() - NAIROBI_OFFSET_MS);
}
