import type { ComponentProps } from "react";
import { cn } from "../cn";

export interface TableProps extends ComponentProps<"table"> {
  /**
   * Names the scrolling region for screen readers ("Customers"). On a 360 px phone a wide table
   * scrolls sideways inside its own box instead of widening the page; the box is focusable so
   * keyboard users can scroll it too.
   */
  label: string;
}

export function Table({ label, className, ...props }: TableProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="relative w-full overflow-x-auto rounded-xl border border-border bg-surface"
    >
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-surface-muted/60", className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-border", className)} {...props} />;
}

export function TableHead({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return (
    <th
      scope={scope}
      className={cn(
        "h-10 px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-muted-foreground",
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<"td">) {
  // Cells keep to one line so a narrow screen scrolls the table instead of stacking a phone
  // number over four lines; long text opts back in with `whitespace-normal`.
  return <td className={cn("px-3 py-3 align-middle whitespace-nowrap", className)} {...props} />;
}

export function TableCaption({ className, ...props }: ComponentProps<"caption">) {
  return (
    <caption className={cn("px-3 py-3 text-sm text-muted-foreground", className)} {...props} />
  );
}
