// Which dates /analytics shows, read from the URL (?preset=7d, or ?from=…&to=…), so a range
// can be bookmarked and shared. The API checks the same rules again.

export const PRESETS = { "7d": 7, "30d": 30, "90d": 90, "365d": 365 } as const;
export type Preset = keyof typeof PRESETS;
export const PRESET_LABELS: Record<Preset, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "365d": "Last 12 months",
};
export const DEFAULT_PRESET: Preset = "30d";
/** The API's limit too (a leap year fits). */
export const MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;

export interface ChosenRange {
  from: string;
  to: string;
  /** The preset the range came from; null for dates the person chose. */
  preset: Preset | null;
  /** Why the dates asked for were not used (the default range is shown instead). */
  error: string | null;
}

/** The last `days` days, today included ("2026-11-20".."2026-11-26" for 7). */
export function presetRange(preset: Preset, today: string): { from: string; to: string } {
  const from = new Date(Date.parse(today) - (PRESETS[preset] - 1) * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to: today };
}

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = Date.parse(value);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === value;
}

export function chooseRange(
  query: Record<string, string | string[] | undefined>,
  today: string,
): ChosenRange {
  const fallback = (error: string | null): ChosenRange => ({
    ...presetRange(DEFAULT_PRESET, today),
    preset: DEFAULT_PRESET,
    error,
  });
  const { preset, from, to } = query;
  if (from === undefined && to === undefined) {
    if (typeof preset === "string" && preset in PRESETS) {
      return { ...presetRange(preset as Preset, today), preset: preset as Preset, error: null };
    }
    return fallback(null);
  }
  if (!isCalendarDate(from) || !isCalendarDate(to)) {
    return fallback("Choose both dates, as real calendar dates.");
  }
  if (from > to) return fallback("The end date must be on or after the start date.");
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    return fallback(`Choose at most ${MAX_RANGE_DAYS} days.`);
  }
  return { from, to, preset: null, error: null };
}
