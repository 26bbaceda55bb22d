"use client";

import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import { fieldClassName } from "../../../auth/field-class-name";
import type { AcceptFormState } from "./accept-invitation-action";

/** One field: the password the invited person chooses, with the rules stated up front. */
export function AcceptInvitationForm({
  email,
  action,
}: {
  email: string;
  action: (state: AcceptFormState, formData: FormData) => Promise<AcceptFormState>;
}) {
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
      {/* For password managers: the account this password belongs to. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-password`} className="text-sm font-medium text-foreground">
          Choose a password
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
        {pending ? "Joining…" : "Set password and join"}
      </Button>
    </form>
  );
}
