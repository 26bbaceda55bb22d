"use client";

import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import { fieldClassName } from "./field-class-name";

/** What the form reads of its action's answer: a refusal to announce, if any. */
interface NewPasswordState {
  readonly error?: string;
}

interface NewPasswordFormProps {
  action: (state: NewPasswordState, formData: FormData) => Promise<NewPasswordState>;
  /** The account the password is for, so a password manager stores it under the right name. */
  username?: string;
  label?: string;
  submitLabel?: string;
  pendingLabel?: string;
}

/**
 * A password the person chooses (after a reset link, or when accepting an invitation), with the
 * rules stated up front and a refusal announced.
 */
export function NewPasswordForm({
  action,
  username,
  label = "New password",
  submitLabel = "Set new password",
  pendingLabel = "Saving…",
}: NewPasswordFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  const describedBy = [`${id}-rules`, state.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <form action={formAction} className="flex w-full flex-col gap-4" noValidate>
      {state.error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      ) : null}
      {username ? (
        <input type="hidden" name="username" autoComplete="username" value={username} readOnly />
      ) : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-password`} className="text-sm font-medium text-foreground">
          {label}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          maxLength={128}
          aria-invalid={state.error ? true : undefined}
          aria-describedby={describedBy}
          className={fieldClassName}
        />
        <p id={`${id}-rules`} className="text-sm text-muted-foreground">
          At least 8 characters. A few words you will remember work well.
        </p>
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
