"use client";

import type { ComponentProps } from "react";
import { cn } from "../cn";
import { controlClassName } from "./input";
import { useFieldControlProps } from "./form-field-context";

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  const wired = useFieldControlProps(props);
  return <textarea rows={rows} className={cn(controlClassName, "py-2", className)} {...wired} />;
}
