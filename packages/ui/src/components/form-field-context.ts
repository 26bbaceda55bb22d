"use client";

import { createContext, useContext } from "react";

/** What a FormField tells the control inside it, so the wiring is never done by hand. */
export interface FormFieldState {
  controlId: string;
  name: string;
  /** Space-separated ids of the description and error message, when shown. */
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

export const FormFieldContext = createContext<FormFieldState | null>(null);

export interface ControlProps {
  id?: string;
  name?: string;
  required?: boolean;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false" | "grammar" | "spelling";
}

/**
 * A control's accessibility props: its own where it sets them, else the surrounding
 * FormField's (id for the label, aria-describedby for help and error, aria-invalid).
 */
export function useFieldControlProps<P extends ControlProps>(props: P): P {
  const field = useContext(FormFieldContext);
  if (!field) return props;
  const describedBy = [field.describedBy, props["aria-describedby"]].filter(Boolean).join(" ");
  return {
    ...props,
    id: props.id ?? field.controlId,
    name: props.name ?? field.name,
    required: props.required ?? (field.required || undefined),
    "aria-describedby": describedBy || undefined,
    "aria-invalid": props["aria-invalid"] ?? (field.invalid || undefined),
  };
}
