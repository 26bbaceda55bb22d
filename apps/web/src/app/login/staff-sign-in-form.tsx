"use client";

import type { Route } from "next";
import Link from "next/link";
import { useActionState, useId, useState, type ReactNode } from "react";
import { Button } from "@aizalo/ui";
import { fieldClassName } from "../../auth/field-class-name";
import type { StaffSignInState } from "./staff-sign-in-state";

export interface StaffSignInFormProps {
  action: (state: StaffSignInState, formData: FormData) => Promise<StaffSignInState>;
  notice?: string | undefined;
  resetHref: Route;
  /** The protected page that sent the person here (`?next=`); checked again after sign-in. */
  next?: string | undefined;
}

/**
 * Email and password; then, when the account has a second factor, a code. The first step's
 * fields stay in the form (hidden, controlled so React's reset after an action keeps them): the
 * code step sends email, password and code together, and the server checks them in that order.
 */
export function StaffSignInForm(props: StaffSignInFormProps) {
  // "Start again" mounts a fresh form: the action's state cannot be reset any other way.
  const [attempt, setAttempt] = useState(0);
  return <SignInSteps key={attempt} {...props} onRestart={() => setAttempt((n) => n + 1)} />;
}

function SignInSteps({
  action,
  notice,
  resetHref,
  next,
  onRestart,
}: StaffSignInFormProps & { onRestart: () => void }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const id = useId();
  const codeStep = state.step === "code";
  const errorId = `${id}-error`;
  const invalid = state.error ? true : undefined;
  const describedBy = state.error ? errorId : undefined;

  return (
    <form action={formAction} className="flex w-full flex-col gap-4" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      {notice && !state.error && !codeStep ? <Status>{notice}</Status> : null}
      {state.prompt && !state.error ? <Status>{state.prompt}</Status> : null}
      {state.error ? (
        <p
          id={errorId}
          role="alert"
          className="rounded-lg border border-danger/30 bg-danger/5 px-3 py-2 text-sm text-danger"
        >
          {state.error}
        </p>
      ) : null}
      <div className={codeStep ? "hidden" : "flex flex-col gap-4"}>
        <Field id={`${id}-email`} label="Email">
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={codeStep ? undefined : invalid}
            aria-describedby={codeStep ? undefined : describedBy}
            className={fieldClassName}
          />
        </Field>
        <Field id={`${id}-password`} label="Password">
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={codeStep ? undefined : invalid}
            aria-describedby={codeStep ? undefined : describedBy}
            className={fieldClassName}
          />
        </Field>
      </div>
      {codeStep ? (
        <Field id={`${id}-code`} label="Authentication code">
          <input
            id={`${id}-code`}
            name="code"
            type="text"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            required
            autoFocus
            aria-invalid={invalid}
            aria-describedby={`${id}-code-hint ${describedBy ?? ""}`.trim()}
            className={fieldClassName}
          />
          <p id={`${id}-code-hint`} className="text-sm text-muted-foreground">
            The 6 digits your authenticator app shows, or one of your recovery codes.
          </p>
        </Field>
      ) : null}
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {pending ? "Signing in…" : codeStep ? "Verify and sign in" : "Sign in"}
      </Button>
      {codeStep ? (
        <button
          type="button"
          onClick={onRestart}
          className="self-center text-sm font-medium text-primary hover:underline"
        >
          Start again
        </button>
      ) : (
        <Link
          href={resetHref}
          className="self-center text-sm font-medium text-primary hover:underline"
        >
          Forgot your password?
        </Link>
      )}
    </form>
  );
}

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-foreground">
        {label}
      </label>
      {children}
    </div>
  );
}

function Status({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded-lg bg-surface-muted px-3 py-2 text-sm text-foreground">
      {children}
    </p>
  );
}
