"use client";

import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFigure } from "./chart-figure";
import { seriesColor, type ChartDatum, type ChartProps, type ChartSeries } from "./series";
import { AXIS_FORMATTERS, VALUE_FORMATTERS } from "./format";

export interface TrendChartProps<Key extends string> extends ChartProps<Key> {
  /** Stack the areas (parts of a whole) instead of overlaying them (separate measures). */
  stacked?: boolean;
}

/** Lines with a soft fill over time (MRR, conversations per day), with a table alternative. */
export function TrendChart<Key extends string>({
  title,
  description,
  data,
  series,
  format = "kes",
  formatValue = VALUE_FORMATTERS[format],
  formatAxis = AXIS_FORMATTERS[format],
  summary,
  stacked = false,
  height = 260,
  className,
}: TrendChartProps<Key>) {
  return (
    <ChartFigure
      title={title}
      description={description}
      data={data}
      series={series}
      formatValue={formatValue}
      summary={summary ?? describeTrend(title, data, series, formatValue)}
      showTotal={stacked}
      className={className}
    >
      <ResponsiveContainer width="100%" height={height}>
        <AreaChart data={[...data]} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--color-border)" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis
            tickFormatter={formatAxis}
            tickLine={false}
            axisLine={false}
            fontSize={12}
            width={72}
          />
          <Tooltip formatter={(value) => formatValue(Number(value))} />
          {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
          {series.map((item, index) => {
            const color = seriesColor(item, index);
            return (
              <Area
                key={item.key}
                type="monotone"
                dataKey={item.key}
                name={item.label}
                stroke={color}
                fill={color}
                fillOpacity={0.15}
                strokeWidth={2}
                {...(stacked && { stackId: "total" })}
                isAnimationActive={false}
              />
            );
          })}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** "MRR: from KES 40,000 (Dec 2025) to KES 58,000 (Nov 2026)." per series. */
export function describeTrend<Key extends string>(
  title: string,
  data: readonly ChartDatum<Key>[],
  series: readonly ChartSeries<Key>[],
  formatValue: (value: number) => string,
): string {
  const first = data[0];
  const last = data.at(-1);
  if (!first || !last) return `${title}: no figures yet.`;
  const lines = series.map(
    (item) =>
      `${item.label} from ${formatValue(first[item.key])} (${first.label}) to ` +
      `${formatValue(last[item.key])} (${last.label})`,
  );
  return `${title}: ${lines.join("; ")}.`;
}
