"use client";

import type { Route } from "next";
import Link from "next/link";
import { useActionState, useId } from "react";
import { Button } from "@aizalo/ui";
import { fieldClassName } from "./field-class-name";
import type { SignInFormState } from "./sign-in-state";

export interface SignInFormProps {
  action: (state: SignInFormState, formData: FormData) => Promise<SignInFormState>;
  /** Why the last session ended (password changed, deactivated...), shown before any attempt. */
  notice?: string | undefined;
  /** This sign-in's "forgot your password" page. */
  resetHref: Route;
}

/**
 * Email and password, labelled, keyboard-only friendly. A refusal is announced (role="alert")
 * and tied to both fields, which also get aria-invalid; the email survives a failed attempt.
 */
export function SignInForm({ action, notice, resetHref }: SignInFormProps) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = state.error ? true : undefined;
  const describedBy = state.error ? errorId : undefined;

  return (
    <form action={formAction} className="flex w-full flex-col gap-4" noValidate>
      {notice && !state.error ? (
        <p role="status" className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-foreground">
          {notice}
        </p>
      ) : null}
      {state.error ? (
        <p
          id={errorId}
          role="alert"
          className="rounded-lg border border-danger/30 bg-danger/5 px-3 py-2 text-sm text-danger"
        >
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
          defaultValue={state.email}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={fieldClassName}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-password`} className="text-sm font-medium text-foreground">
          Password
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={fieldClassName}
        />
      </div>
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <Link
        href={resetHref}
        className="self-center text-sm font-medium text-primary hover:underline"
      >
        Forgot your password?
      </Link>
    </form>
  );
}
