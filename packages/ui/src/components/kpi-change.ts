export type ChangeDirection = "up" | "down" | "flat" | "new";

export interface KpiChange {
  direction: ChangeDirection;
  /** Whether the change is good news, given which way is better for this figure. */
  tone: "good" | "bad" | "neutral";
  /** What the card shows: "+12.5%", "−3%", "0%", "New". */
  shortText: string;
  /** What a screen reader says: "Up 12.5% from 40 vs last month". */
  accessibleText: string;
}

export interface DescribeChangeOptions {
  /** Which way is good: up for revenue, down for churn or response time. */
  better?: "up" | "down";
  /** How the previous figure reads ("KES 40,000"); the plain number is used otherwise. */
  formatValue?: (value: number) => string;
  /** The period compared with, as words: "vs last month". */
  periodLabel?: string;
}

const percent = new Intl.NumberFormat("en-KE", {
  style: "percent",
  maximumFractionDigits: 1,
});

const plainNumber = new Intl.NumberFormat("en-KE", { maximumFractionDigits: 2 });

/**
 * Describes the change of a figure against the previous period. A percentage of zero means
 * nothing, so growth from nothing is called "New" instead of an infinite percentage.
 */
export function describeChange(
  current: number,
  previous: number,
  {
    better = "up",
    formatValue = (n) => plainNumber.format(n),
    periodLabel = "vs previous period",
  }: DescribeChangeOptions = {},
): KpiChange {
  const from = `from ${formatValue(previous)} ${periodLabel}`;
  if (previous === 0) {
    if (current === 0) {
      return {
        direction: "flat",
        tone: "neutral",
        shortText: "0%",
        accessibleText: `No change ${from}`,
      };
    }
    const direction = current > 0 ? "new" : "down";
    return {
      direction,
      tone: current > 0 === (better === "up") ? "good" : "bad",
      shortText: current > 0 ? "New" : "−",
      accessibleText: `${current > 0 ? "Up" : "Down"} ${from}`,
    };
  }

  const ratio = (current - previous) / Math.abs(previous);
  const rounded = percent.format(Math.abs(ratio));
  if (rounded === percent.format(0)) {
    return {
      direction: "flat",
      tone: "neutral",
      shortText: rounded,
      accessibleText: `No change ${from}`,
    };
  }
  const direction = ratio > 0 ? "up" : "down";
  return {
    direction,
    tone: direction === better ? "good" : "bad",
    // A real minus sign reads better than a hyphen next to digits.
    shortText: `${direction === "up" ? "+" : "−"}${rounded}`,
    accessibleText: `${direction === "up" ? "Up" : "Down"} ${rounded} ${from}`,
  };
}
