"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFigure } from "./chart-figure";
import { seriesColor, totalOf, type ChartDatum, type ChartProps, type ChartSeries } from "./series";
import { AXIS_FORMATTERS, VALUE_FORMATTERS } from "./format";

export interface StackedBarChartProps<Key extends string> extends ChartProps<Key> {
  /** false: bars side by side, for measures that are not parts of one whole (spend vs value). */
  stacked?: boolean;
}

/** Bars stacked by series per period (revenue by type per month), with a table alternative. */
export function StackedBarChart<Key extends string>({
  title,
  description,
  data,
  series,
  format = "kes",
  formatValue = VALUE_FORMATTERS[format],
  formatAxis = AXIS_FORMATTERS[format],
  summary,
  height = 280,
  className,
  stacked = true,
}: StackedBarChartProps<Key>) {
  return (
    <ChartFigure
      title={title}
      description={description}
      data={data}
      series={series}
      formatValue={formatValue}
      summary={summary ?? describeTotals(title, data, series, formatValue)}
      showTotal={stacked}
      className={className}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis
            tickFormatter={formatAxis}
            tickLine={false}
            axisLine={false}
            fontSize={12}
            width={72}
          />
          <Tooltip
            formatter={(value) => formatValue(Number(value))}
            cursor={{ fill: "var(--color-surface-muted)" }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((item, index) => (
            <Bar
              key={item.key}
              dataKey={item.key}
              name={item.label}
              {...(stacked && { stackId: "total" })}
              fill={seriesColor(item, index)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** "Revenue by month: 12 periods from Dec 2025 to Nov 2026, highest Nov 2026 at KES 98,000." */
export function describeTotals<Key extends string>(
  title: string,
  data: readonly ChartDatum<Key>[],
  series: readonly ChartSeries<Key>[],
  formatValue: (value: number) => string,
): string {
  const first = data[0];
  const last = data.at(-1);
  if (!first || !last) return `${title}: no figures yet.`;
  const highest = data.reduce((best, datum) =>
    totalOf(datum, series) > totalOf(best, series) ? datum : best,
  );
  const sum = data.reduce((total, datum) => total + Math.round(totalOf(datum, series) * 100), 0);
  return (
    `${title}: ${data.length} periods from ${first.label} to ${last.label}, ` +
    `${formatValue(sum / 100)} in total; highest ${highest.label} at ` +
    `${formatValue(totalOf(highest, series))}.`
  );
}
