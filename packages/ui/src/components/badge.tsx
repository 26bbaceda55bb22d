import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "../cn";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-border bg-surface-muted text-sand-800",
        primary: "border-primary/20 bg-primary/10 text-primary",
        success: "border-acacia-600/20 bg-acacia-50 text-acacia-700",
        warning: "border-amber-600/20 bg-amber-50 text-amber-800",
        danger: "border-danger/20 bg-danger/10 text-danger",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeProps = ComponentProps<"span"> & VariantProps<typeof badgeVariants>;

/** A short status word ("Active", "Past due"). The word carries the meaning; colour only helps. */
export function Badge({ className, tone, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
