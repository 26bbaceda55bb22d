"use client";

import { useId, type ReactNode } from "react";
import { cn } from "../cn";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../components/table";
import { totalOf, type ChartDatum, type ChartSeries } from "./series";

export interface ChartFigureProps<Key extends string> {
  title: string;
  description?: ReactNode;
  data: readonly ChartDatum<Key>[];
  series: readonly ChartSeries<Key>[];
  formatValue: (value: number) => string;
  /** A sentence for screen readers saying what the chart shows; the table has the detail. */
  summary: string;
  /** Adds a Total column to the table (stacked charts). */
  showTotal?: boolean;
  className?: string;
  /** The drawn chart; hidden from screen readers, who get the summary and the table. */
  children: ReactNode;
}

/**
 * A titled chart with its figures as a table one click away: the drawing is for the eye, the
 * summary and table carry the same facts for keyboard and screen-reader users (and for anyone
 * who wants the exact amounts).
 */
export function ChartFigure<Key extends string>({
  title,
  description,
  data,
  series,
  formatValue,
  summary,
  showTotal = false,
  className,
  children,
}: ChartFigureProps<Key>) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className={cn(
        "flex min-w-0 flex-col gap-3 rounded-xl border border-border bg-surface p-4 shadow-sm",
        className,
      )}
    >
      <figcaption className="flex flex-col gap-1">
        <span id={titleId} className="text-base font-semibold text-foreground">
          {title}
        </span>
        {description ? <span className="text-sm text-muted-foreground">{description}</span> : null}
        <span id={summaryId} className="sr-only">
          {summary}
        </span>
      </figcaption>
      <div aria-hidden="true" className="w-full min-w-0">
        {children}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted-foreground hover:text-foreground">
          Show the figures as a table
        </summary>
        <div className="mt-3">
          <Table label={`${title}: figures`}>
            <TableHeader>
              <TableRow>
                <TableHead>Period</TableHead>
                {series.map((item) => (
                  <TableHead key={item.key} className="text-right">
                    {item.label}
                  </TableHead>
                ))}
                {showTotal ? <TableHead className="text-right">Total</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.map((datum) => (
                <TableRow key={datum.label}>
                  <TableCell>{datum.label}</TableCell>
                  {series.map((item) => (
                    <TableCell key={item.key} className="text-right tabular-nums">
                      {formatValue(datum[item.key])}
                    </TableCell>
                  ))}
                  {showTotal ? (
                    <TableCell className="text-right font-medium tabular-nums">
                      {formatValue(totalOf(datum, series))}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
