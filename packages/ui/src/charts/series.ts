// Plain data helpers (no "use client"): server components may call them too.

import type { ValueFormat } from "./format";

export interface ChartSeries<Key extends string = string> {
  key: Key;
  label: string;
  /** Any CSS colour; defaults to the next colour of the Aizalo palette. */
  color?: string;
}

/** One point on the x axis: its label ("Nov 2026") and a number per series. */
export type ChartDatum<Key extends string = string> = { label: string } & Record<Key, number>;

/** What every chart takes: its figures, how they read, and a title for everyone. */
export interface ChartProps<Key extends string> {
  title: string;
  description?: string;
  data: readonly ChartDatum<Key>[];
  series: readonly ChartSeries<Key>[];
  /** How figures read in the tooltip, table and axis; "kes" by default. */
  format?: ValueFormat;
  /** Overrides `format` for the tooltip and table (client components only). */
  formatValue?: (value: number) => string;
  /** Overrides `format` for the y-axis ticks (client components only). */
  formatAxis?: (value: number) => string;
  /** Overrides the generated screen-reader sentence. */
  summary?: string;
  height?: number;
  className?: string;
}

/** Clay, acacia, sand and a lighter clay: distinguishable, and on-brand in every app. */
export const CHART_PALETTE = [
  "var(--color-clay-600)",
  "var(--color-acacia-600)",
  "var(--color-sand-500)",
  "var(--color-clay-300)",
  "var(--color-acacia-100)",
  "var(--color-sand-800)",
] as const;

export function seriesColor(series: ChartSeries, index: number): string {
  return series.color ?? CHART_PALETTE[index % CHART_PALETTE.length] ?? "currentColor";
}

/** The datum's series added up in cents, so 0.1 + 0.2 prints as 0.30. */
export function totalOf<Key extends string>(
  datum: ChartDatum<Key>,
  series: readonly ChartSeries<Key>[],
): number {
  const cents = series.reduce((sum, item) => sum + Math.round(datum[item.key] * 100), 0);
  return cents / 100;
}
