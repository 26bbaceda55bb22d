/** 45 → "45 s", 245 → "4 min 5 s", 4800 → "1 h 20 min", 183600 → "2 d 3 h". */
export function formatWait(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return whole % 60 ? `${minutes} min ${whole % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

const DAY = new Intl.DateTimeFormat("en-KE", { day: "numeric", month: "short", timeZone: "UTC" });
const LONG_DAY = new Intl.DateTimeFormat("en-KE", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A period's first day ("2026-11-02") as a chart label: "2 Nov", or "Wk 2 Nov" per week. */
export function periodLabel(period: string, bucket: "day" | "week"): string {
  const day = DAY.format(new Date(`${period}T00:00:00Z`));
  return bucket === "week" ? `Wk ${day}` : day;
}

/** "1 Nov 2026" */
export function dateLabel(date: string): string {
  return LONG_DAY.format(new Date(`${date}T00:00:00Z`));
}
