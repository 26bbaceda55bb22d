"use client";

import { useId, useMemo, type ReactNode } from "react";
import { cn } from "../cn";
import { fieldErrorsFor, type FlattenedErrors } from "./field-errors";
import { FormFieldContext, type FormFieldState } from "./form-field-context";
import { Label } from "./label";

export interface FormFieldProps {
  /** The form field's name: the key of its messages in `errors.fieldErrors`. */
  name: string;
  label: ReactNode;
  /** Help shown under the control and read out with it. */
  description?: ReactNode;
  /** The form's flattened validation errors; this field shows the ones under its name. */
  errors?: FlattenedErrors | null;
  required?: boolean;
  /** One control: Input, Textarea or Select, which pick up id, name and aria wiring. */
  children: ReactNode;
  className?: string;
}

/**
 * A label, a control, optional help and the field's error messages, wired together so screen
 * readers announce the help and the error with the control (aria-describedby) and know when it
 * is wrong (aria-invalid).
 */
export function FormField({
  name,
  label,
  description,
  errors,
  required = false,
  children,
  className,
}: FormFieldProps) {
  const id = useId();
  const messages = fieldErrorsFor(errors, name);
  const controlId = `${id}-control`;
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = messages.length > 0;

  const state = useMemo<FormFieldState>(
    () => ({ controlId, name, describedBy, invalid, required }),
    [controlId, name, describedBy, invalid, required],
  );

  return (
    <FormFieldContext.Provider value={state}>
      <div className={cn("flex flex-col gap-1.5", className)}>
        <Label htmlFor={controlId}>
          {label}
          {required ? (
            <span aria-hidden="true" className="ml-0.5 text-danger">
              *
            </span>
          ) : null}
        </Label>
        {children}
        {description ? (
          <p id={descriptionId} className="text-sm text-muted-foreground">
            {description}
          </p>
        ) : null}
        {errorId ? (
          <div id={errorId} className="text-sm text-danger">
            {messages.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </div>
    </FormFieldContext.Provider>
  );
}

/** The messages that belong to no single field ("That email is already invited"). */
export function FormErrors({
  errors,
  className,
}: {
  errors?: FlattenedErrors | null;
  className?: string;
}) {
  const messages = errors?.formErrors?.filter((message) => message.trim()) ?? [];
  if (messages.length === 0) return null;
  return (
    <div
      role="alert"
      className={cn(
        "rounded-lg border border-danger/30 bg-danger/5 px-3 py-2 text-sm text-danger",
        className,
      )}
    >
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
