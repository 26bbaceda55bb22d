import type { ComponentProps } from "react";
import { cn } from "../cn";

/**
 * A grey placeholder in the shape of content that is loading. Decorative: wrap a group of them
 * in an element with role="status" and a visually hidden "Loading…" so the wait is announced once.
 */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("animate-pulse rounded-md bg-sand-200 motion-reduce:animate-none", className)}
      {...props}
    />
  );
}
