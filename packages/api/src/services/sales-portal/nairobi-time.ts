// Sales reps book demos and follow-ups on Nairobi's wall clock, whatever time zone the browser
// or the server is in. East Africa Time is UTC+3 all year (no daylight saving), so a fixed
// offset is exact.
const OFFSET = "+03:00";
const OFFSET_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-11-27" and "14:30" in Nairobi → the instant. */
export function nairobiInstant(date: string, time = "09:00"): Date {
  return new Date(`${date}T${time}:00${OFFSET}`);
}

/** The instant's calendar date in Nairobi, "YYYY-MM-DD". */
export function nairobiDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant's wall-clock time in Nairobi, "HH:MM". */
export function nairobiTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

/** Midnight at the start of the Nairobi day that contains `now`. */
export function startOfNairobiDay(now: Date): Date {
  const shifted = now.getTime() + OFFSET_MS;
  return new Date(shifted - (shifted % DAY_MS) - OFFSET_MS);
}
