"use client";

import type { ComponentProps } from "react";
import { cn } from "../cn";
import { controlClassName } from "./input";
import { useFieldControlProps } from "./form-field-context";

/**
 * A native select: on phones it opens the system picker, which is larger, faster and better
 * known to screen readers than any custom list box, and it posts with forms without help.
 */
export function Select({ className, children, ...props }: ComponentProps<"select">) {
  const wired = useFieldControlProps(props);
  return (
    <div className="relative">
      <select
        className={cn(controlClassName, "h-11 appearance-none pr-9 sm:h-10", className)}
        {...wired}
      >
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      >
        <path d="M5 8l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
    </div>
  );
}
