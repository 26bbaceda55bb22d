"use client";

import type { Route } from "next";
import Link from "next/link";
import { useActionState, useId, useState, useTransition } from "react";
import { Button, buttonVariants } from "@aizalo/ui";
import { fieldClassName } from "../../../auth/field-class-name";
import { RecoveryCodesList } from "./recovery-codes-list";
import type { EnrolmentFinishState, EnrolmentStartState } from "./security-state";

export interface EnrolmentFormProps {
  begin: () => Promise<EnrolmentStartState>;
  finish: (state: EnrolmentFinishState, formData: FormData) => Promise<EnrolmentFinishState>;
  /** Where "Continue" (and "Skip for now", when allowed) lead. */
  home: Route;
  skippable: boolean;
}

/**
 * Set up in three steps: make a secret (a button, so a page view never writes), scan it and
 * type the app's code, then keep the recovery codes, which are never shown again.
 */
export function EnrolmentForm({ begin, finish, home, skippable }: EnrolmentFormProps) {
  const [current, setCurrent] = useState<EnrolmentStartState>({ step: "start" });
  const [starting, startTransition] = useTransition();
  const [finished, formAction, pending] = useActionState(finish, {});
  const id = useId();

  if (finished.recoveryCodes) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-sm text-foreground">
          Two-step sign-in is on. Keep these recovery codes somewhere safe, away from your phone:
          each one signs you in once if you lose it. They are not shown again.
        </p>
        <RecoveryCodesList codes={finished.recoveryCodes} />
        <Link href={home} className={buttonVariants({ size: "lg" })}>
          I have saved them, continue
        </Link>
      </div>
    );
  }

  if (current.step === "start") {
    return (
      <div className="flex flex-col gap-4">
        {current.error ? (
          <p role="alert" className="text-sm text-danger">
            {current.error}
          </p>
        ) : null}
        <Button
          size="lg"
          disabled={starting}
          onClick={() => startTransition(async () => setCurrent(await begin()))}
        >
          {starting ? "Preparing…" : "Set up two-step sign-in"}
        </Button>
        {skippable ? (
          <Link
            href={home}
            className="self-center text-sm font-medium text-primary hover:underline"
          >
            Skip for now
          </Link>
        ) : null}
      </div>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-foreground">
        Scan this code with an authenticator app (Google Authenticator, Microsoft Authenticator,
        1Password…), then enter the 6 digits it shows.
      </p>
      {/* A data URL made on the server: next/image has nothing to optimise here. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={current.qrDataUrl}
        alt="QR code for your authenticator app"
        width={240}
        height={240}
        className="self-center rounded-lg bg-white"
      />
      <p className="text-center text-xs text-muted-foreground">
        Cannot scan? Type this key: <code className="break-all font-mono">{current.secret}</code>
      </p>
      {finished.error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-danger">
          {finished.error}
        </p>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-code`} className="text-sm font-medium text-foreground">
          Code from the app
        </label>
        <input
          id={`${id}-code`}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          required
          aria-invalid={finished.error ? true : undefined}
          aria-describedby={finished.error ? `${id}-error` : undefined}
          className={fieldClassName}
        />
      </div>
      <Button type="submit" size="lg" disabled={pending} aria-disabled={pending}>
        {pending ? "Checking…" : "Turn on two-step sign-in"}
      </Button>
    </form>
  );
}
