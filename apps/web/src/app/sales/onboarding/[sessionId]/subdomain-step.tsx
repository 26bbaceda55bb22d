"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { FormField, Input } from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { siteUrlFor } from "../../../../lib/site-url";
import { StepActions } from "./step-actions";
import { textOf, type StepProps } from "./wizard-types";

/** Waits for the rep to stop typing before asking the server. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** A suggestion from the business name: "Tsavo Sunset Lodge" → "tsavo-sunset-lodge". */
function suggestionFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
}

/** The business's web address, checked live (format, reserved names, taken) as the rep types. */
export function SubdomainStep({
  data,
  errors,
  saving,
  readOnly,
  onSave,
  onBack,
  sitesOrigin,
}: StepProps & { sitesOrigin: string }) {
  const trpc = useTRPC();
  const [subdomain, setSubdomain] = useState(
    textOf(data, "subdomain") || suggestionFrom(textOf(data, "businessName")),
  );
  const wanted = useDebounced(subdomain.trim().toLowerCase(), 350);
  const check = useQuery({
    ...trpc.sales.onboarding.checkSubdomain.queryOptions({ subdomain: wanted }),
    enabled: wanted.length > 0 && !readOnly,
  });
  const settled = wanted === subdomain.trim().toLowerCase();
  const answer = settled ? check.data : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave({ subdomain });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <fieldset disabled={readOnly}>
        <FormField
          name="subdomain"
          label="Subdomain"
          description={`The website will be at ${siteUrlFor(wanted || "your-business", sitesOrigin)}; the team signs in at /${wanted || "your-business"}/login.`}
          errors={errors}
          required
        >
          <Input
            value={subdomain}
            onChange={(event) => setSubdomain(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
          />
        </FormField>
        <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm">
          {!wanted ? null : !answer ? (
            <span className="text-muted-foreground">Checking…</span>
          ) : answer.available ? (
            <span className="text-acacia-700">✓ {answer.subdomain} is available</span>
          ) : (
            <span className="text-danger">✗ {answer.message}</span>
          )}
        </p>
      </fieldset>
      <StepActions errors={errors} saving={saving} readOnly={readOnly} onBack={onBack} />
    </form>
  );
}
