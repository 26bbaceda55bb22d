"use client";

import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import { fieldClassName } from "../../../auth/field-class-name";
import { RecoveryCodesList } from "./recovery-codes-list";
import type { CodeConfirmedState } from "./security-state";

/**
 * A change to the second factor that asks for a current code first (turning it off, new
 * recovery codes): one field, one button, then what the change produced.
 */
export function CodeConfirmedForm({
  action,
  submitLabel,
  done,
  variant = "secondary",
}: {
  action: (state: CodeConfirmedState, formData: FormData) => Promise<CodeConfirmedState>;
  submitLabel: string;
  /** What to say once it worked. */
  done: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  if (state.disabled || state.recoveryCodes) {
    return (
      <div className="flex flex-col gap-3">
        <p role="status" className="text-sm text-foreground">
          {done}
        </p>
        {state.recoveryCodes ? <RecoveryCodesList codes={state.recoveryCodes} /> : null}
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-code`} className="text-sm font-medium text-foreground">
          Code from your app, or a recovery code
        </label>
        <input
          id={`${id}-code`}
          name="code"
          autoComplete="one-time-code"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `${id}-error` : undefined}
          className={fieldClassName}
        />
      </div>
      <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
        {pending ? "Checking…" : submitLabel}
      </Button>
    </form>
  );
}
