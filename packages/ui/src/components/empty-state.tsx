import type { ReactNode } from "react";
import { cn } from "../cn";

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  /** An icon or illustration; decorative, so it is hidden from screen readers. */
  icon?: ReactNode;
  /** What the person can do next, usually one button or link. */
  action?: ReactNode;
  className?: string;
}

/** Shown where a list or page has nothing yet, saying why and what to do next. */
export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-xl border border-dashed border-border px-6 py-12 text-center",
        className,
      )}
    >
      {icon ? (
        <div
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-primary/10 text-primary"
        >
          {icon}
        </div>
      ) : null}
      <h2 className="text-lg font-semibold text-foreground">{title}</h2>
      {description ? <p className="max-w-md text-sm text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
