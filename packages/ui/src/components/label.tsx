import type { ComponentProps } from "react";
import { cn } from "../cn";

/** A control's visible name. Give it htmlFor, or use FormField, which does. */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-sm font-medium text-foreground", className)} {...props} />;
}
