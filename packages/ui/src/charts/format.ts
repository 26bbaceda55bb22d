/**
 * Money and counts as Kenyan readers expect them. Amounts arrive as numbers, numeric strings or
 * Decimals (anything whose toString() is the exact decimal), so no caller converts money to a
 * float just to print it.
 */
export type Amount = number | string | { toString(): string };

const WHOLE = new Intl.NumberFormat("en-KE", { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat("en-KE", { notation: "compact", maximumFractionDigits: 1 });

function parts(amount: Amount): { negative: boolean; whole: string; cents: string } {
  const text = String(amount).trim();
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) {
    // Not a plain decimal string (e.g. 1e21): fall back to the number's own formatting.
    const value = Number(text);
    const fixed = Math.abs(value).toFixed(2);
    const [whole = "0", cents = "00"] = fixed.split(".");
    return { negative: value < 0, whole, cents };
  }
  const cents = (match[3] ?? "").padEnd(2, "0").slice(0, 2);
  return { negative: match[1] === "-", whole: match[2] ?? "0", cents };
}

/**
 * "KES 182,400" or "KES 1,250.50": cents only when there are some, grouping in thousands.
 * The whole part is grouped as a string, so large amounts stay exact.
 */
export function formatKes(amount: Amount, options: { cents?: "auto" | "always" } = {}): string {
  const { negative, whole, cents } = parts(amount);
  const grouped = whole.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const showCents = options.cents === "always" || cents !== "00";
  const isZero = /^0*$/.test(whole) && cents === "00";
  const sign = negative && !isZero ? "−" : "";
  return `${sign}KES ${grouped}${showCents ? `.${cents}` : ""}`;
}

/** "KES 1.2M", for chart axes where space is short (never for the figures themselves). */
export function formatKesCompact(amount: Amount): string {
  return `KES ${COMPACT.format(Number(String(amount)))}`;
}

/** "1,204" */
export function formatCount(value: number): string {
  return WHOLE.format(value);
}

/** A ratio (0.0425) as "4.3%" (`digits` decimals). */
export function formatPercent(ratio: Amount, digits = 1): string {
  return `${(Number(String(ratio)) * 100).toFixed(digits)}%`;
}

/**
 * How a chart prints its figures, by name: a server component cannot hand a client chart a
 * function, but it can say "kes".
 */
export type ValueFormat = "kes" | "count" | "percent";

export const VALUE_FORMATTERS: Record<ValueFormat, (value: number) => string> = {
  kes: (value) => formatKes(value.toFixed(2)),
  count: formatCount,
  percent: (value) => formatPercent(value),
};

export const AXIS_FORMATTERS: Record<ValueFormat, (value: number) => string> = {
  kes: formatKesCompact,
  count: formatCount,
  percent: (value) => formatPercent(value, 0),
};
