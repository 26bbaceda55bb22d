"use client";

import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import { fieldClassName } from "../../../auth/field-class-name";
import type { DisableState } from "./security-state";

/** Turning it off asks for a current code: an unattended session is not enough. */
export function DisableForm({
  action,
}: {
  action: (state: DisableState, formData: FormData) => Promise<DisableState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  if (state.disabled) {
    return (
      <p role="status" className="text-sm text-foreground">
        Two-step sign-in is off. You can set it up again from this page.
      </p>
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
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
        {pending ? "Checking…" : "Turn off two-step sign-in"}
      </Button>
    </form>
  );
}
