// A datetime-local field shows and takes Nairobi time (UTC+3 all year, no daylight saving),
// whatever the browser's or the server's own zone.

const NAIROBI_PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Africa/Nairobi",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-26T14:30" in Nairobi: a datetime-local field's value for an instant. */
export function nairobiInputValue(at: Date): string {
  const part = (type: string) =>
    NAIROBI_PARTS.formatToParts(at).find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/** A datetime-local value read as Nairobi time; null when empty or not a time. */
export function fromNairobiInput(value: string): Date | null {
  if (!value) return null;
  const at = new Date(`${value}:00+03:00`);
  return Number.isNaN(at.getTime()) ? null : at;
}
