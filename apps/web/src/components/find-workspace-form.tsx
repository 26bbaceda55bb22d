"use client";

import { useActionState } from "react";
import { Button } from "@aizalo/ui";
import { findWorkspace, type FindWorkspaceState } from "../server/find-workspace";

const initialState: FindWorkspaceState = { typed: "", error: null };

export function FindWorkspaceForm() {
  const [state, action, pending] = useActionState(findWorkspace, initialState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <label htmlFor="subdomain" className="text-sm font-medium text-foreground">
        Your business&apos;s Aizalo address
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="subdomain"
          name="subdomain"
          defaultValue={state.typed}
          placeholder="e.g. baraka-hardware"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          aria-invalid={state.error ? true : undefined}
          aria-describedby={state.error ? "subdomain-error" : undefined}
          className="h-10 w-full rounded-lg sm:flex-1 border border-border bg-surface px-3 text-sm text-foreground placeholder:text-muted-foreground"
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Finding…" : "Go to sign-in"}
        </Button>
      </div>
      {state.error ? (
        <p id="subdomain-error" role="alert" className="text-sm text-danger">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
