import type { ReactNode } from "react";
import { cn } from "../cn";
import { describeChange, type DescribeChangeOptions } from "./kpi-change";

export interface KpiCardProps extends DescribeChangeOptions {
  label: ReactNode;
  /** The figure as it should read, already formatted ("KES 182,400", "37"). */
  value: ReactNode;
  /** The raw figures behind the change badge; leave out when there is no earlier period. */
  change?: { current: number; previous: number };
  /** A short note under the figure ("12 bookings pending"). */
  hint?: ReactNode;
  className?: string;
}

const TONE_CLASSES = {
  good: "bg-acacia-50 text-acacia-700",
  bad: "bg-danger/10 text-danger",
  neutral: "bg-surface-muted text-muted-foreground",
} as const;

const ARROWS = { up: "↑", new: "↑", down: "↓", flat: "→" } as const;

/** One headline figure with its change against the previous period. */
export function KpiCard({ label, value, change, hint, className, ...options }: KpiCardProps) {
  const described = change ? describeChange(change.current, change.previous, options) : null;
  return (
    <div
      className={cn(
        "flex flex-col gap-2 rounded-xl border border-border bg-surface p-4 shadow-sm",
        className,
      )}
    >
      <p className="text-sm text-muted-foreground">{label}</p>
      <p className="text-2xl font-semibold tracking-tight text-foreground tabular-nums">{value}</p>
      {described ? (
        <p className="flex flex-wrap items-center gap-2 text-xs">
          {/* The arrow and colour are for sighted readers; the sentence says it in words. */}
          <span
            aria-hidden="true"
            className={cn(
              "rounded-full px-2 py-0.5 font-medium tabular-nums",
              TONE_CLASSES[described.tone],
            )}
          >
            {ARROWS[described.direction]} {described.shortText}
          </span>
          <span className="sr-only">{described.accessibleText}</span>
          <span aria-hidden="true" className="text-muted-foreground">
            {options.periodLabel ?? "vs previous period"}
          </span>
        </p>
      ) : null}
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
    </div>
  );
}
