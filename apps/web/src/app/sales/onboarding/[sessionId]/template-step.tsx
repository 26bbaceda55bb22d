"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { fieldErrorsFor, Skeleton } from "@aizalo/ui";
import { INDUSTRIES, INDUSTRY_LABELS, type IndustryKey } from "@aizalo/api/provisioning";
import { useTRPC } from "../../../../trpc/client";
import { StepActions } from "./step-actions";
import { textOf, type StepProps } from "./wizard-types";

function industryOf(data: Record<string, unknown>): IndustryKey | null {
  return INDUSTRIES.find((industry) => industry === data.industry) ?? null;
}

/** One of the website templates made for the chosen industry, as radio cards. */
export function TemplateStep({ data, errors, saving, readOnly, onSave, onBack }: StepProps) {
  const trpc = useTRPC();
  const industry = industryOf(data);
  const templates = useQuery({
    ...trpc.sales.onboarding.templates.queryOptions({ industry: industry ?? "hotels" }),
    enabled: industry !== null,
  });
  const [chosen, setChosen] = useState(textOf(data, "templateId"));
  const messages = fieldErrorsFor(errors, "templateId");

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave({ templateId: chosen });
  };

  if (!industry) {
    return <p className="text-muted-foreground">Choose the industry first.</p>;
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <fieldset
        disabled={readOnly}
        aria-describedby={messages.length > 0 ? "template-error" : undefined}
      >
        <legend className="mb-3 text-sm text-muted-foreground">
          Templates for {INDUSTRY_LABELS[industry].toLowerCase()} businesses
        </legend>
        {templates.isPending ? (
          <Skeleton className="h-28" />
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            {(templates.data ?? []).map((template) => (
              <label
                key={template.id}
                className="flex cursor-pointer gap-3 rounded-lg border border-border p-4 has-checked:border-primary has-checked:bg-primary/5 has-focus-visible:ring-2 has-focus-visible:ring-primary"
              >
                <input
                  type="radio"
                  name="templateId"
                  value={template.id}
                  checked={chosen === template.id}
                  onChange={() => setChosen(template.id)}
                  className="mt-1 accent-primary"
                />
                <span className="flex flex-col gap-1">
                  <span className="font-medium">{template.name}</span>
                  <span className="text-sm text-muted-foreground">{template.description}</span>
                  <span className="text-xs text-muted-foreground">
                    Sections: {template.sections.join(", ")}
                  </span>
                </span>
              </label>
            ))}
          </div>
        )}
        {messages.length > 0 ? (
          <p id="template-error" className="mt-2 text-sm text-danger">
            {messages.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <StepActions
        errors={errors && { ...errors, formErrors: [] }}
        saving={saving}
        readOnly={readOnly}
        onBack={onBack}
      />
    </form>
  );
}
