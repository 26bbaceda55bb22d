"use client";

import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import type { ResetFormState } from "./password-reset-actions";
import { fieldClassName } from "./field-class-name";

/** One field: the email to send a reset link to. The answer is the same for any email. */
export function ResetRequestForm({
  action,
}: {
  action: (state: ResetFormState, formData: FormData) => Promise<ResetFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  if (state.sent) {
    return (
      <p role="status" className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-foreground">
        If an account uses that email, a reset link is on its way. It works once, for one hour.
      </p>
    );
  }
  return (
    <form action={formAction} className="flex w-full flex-col gap-4" noValidate>
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-email`} className="text-sm font-medium text-foreground">
          Email
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? `${id}-error` : undefined}
          className={fieldClassName}
        />
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
