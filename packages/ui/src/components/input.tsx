"use client";

import type { ComponentProps } from "react";
import { cn } from "../cn";
import { useFieldControlProps } from "./form-field-context";

/** Shared look of text-like controls: 40 px tall (44 on phones, a comfortable tap target). */
export const controlClassName =
  "w-full min-w-0 rounded-lg border border-border bg-surface px-3 text-base text-foreground shadow-xs placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-danger sm:text-sm";

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  const wired = useFieldControlProps(props);
  return (
    <input type={type} className={cn(controlClassName, "h-11 sm:h-10", className)} {...wired} />
  );
}
