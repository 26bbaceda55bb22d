"use client";

import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import { changeMyPassword, type ChangePasswordState } from "./change-password-action";
import { fieldClassName } from "./field-class-name";

const FIELDS = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  { name: "newPassword", label: "New password", autoComplete: "new-password" },
] as const;

/** Current and new password; each field's error is announced with it. Signs out on success. */
export function ChangePasswordForm() {
  const [state, formAction, pending] = useActionState<ChangePasswordState, FormData>(
    changeMyPassword,
    {},
  );
  const id = useId();
  return (
    <form action={formAction} className="flex w-full max-w-md flex-col gap-4" noValidate>
      {FIELDS.map((field) => {
        const error = state.errors?.[field.name];
        const hintId = `${id}-${field.name}-hint`;
        const errorId = `${id}-${field.name}-error`;
        return (
          <div key={field.name} className="flex flex-col gap-1.5">
            <label htmlFor={`${id}-${field.name}`} className="text-sm font-medium text-foreground">
              {field.label}
            </label>
            <input
              id={`${id}-${field.name}`}
              name={field.name}
              type="password"
              autoComplete={field.autoComplete}
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={
                [field.name === "newPassword" ? hintId : null, error ? errorId : null]
                  .filter(Boolean)
                  .join(" ") || undefined
              }
              className={fieldClassName}
            />
            {field.name === "newPassword" ? (
              <p id={hintId} className="text-sm text-muted-foreground">
                At least 8 characters. You will be signed out everywhere and sign in again.
              </p>
            ) : null}
            {error ? (
              <p id={errorId} role="alert" className="text-sm text-danger">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
