export { ChartFigure, type ChartFigureProps } from "./chart-figure";
export { CHART_PALETTE, seriesColor, totalOf, type ChartDatum, type ChartSeries } from "./series";
export { StackedBarChart, describeTotals, type StackedBarChartProps } from "./stacked-bar-chart";
export { TrendChart, describeTrend, type TrendChartProps } from "./trend-chart";
export {
  formatCount,
  formatKes,
  formatKesCompact,
  formatPercent,
  type Amount,
  type ValueFormat,
} from "./format";
