"use client";

import type { FormEvent } from "react";
import { FormField, Input, Select } from "@aizalo/ui";
import { INDUSTRIES, INDUSTRY_LABELS, PLANS, WEBSITE_FONTS } from "@aizalo/api/provisioning";
import { StepActions } from "./step-actions";
import { formValues, textOf, type StepProps } from "./wizard-types";

function submitWith(onSave: StepProps["onSave"]) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSave(formValues(event.currentTarget));
  };
}

const PLAN_LABELS = { starter: "Starter", professional: "Professional", growth: "Growth" } as const;

/** Who the business is, and who will own its Aizalo account (they get the invitation). */
export function BusinessStep({ data, errors, saving, readOnly, onSave, onBack }: StepProps) {
  return (
    <form onSubmit={submitWith(onSave)} className="flex flex-col gap-4" noValidate>
      <fieldset disabled={readOnly} className="grid gap-4 sm:grid-cols-2">
        <FormField name="businessName" label="Business name" errors={errors} required>
          <Input defaultValue={textOf(data, "businessName")} autoComplete="organization" />
        </FormField>
        <FormField name="ownerName" label="Owner's full name" errors={errors} required>
          <Input defaultValue={textOf(data, "ownerName")} autoComplete="off" />
        </FormField>
        <FormField
          name="ownerEmail"
          label="Owner's email"
          description="The invitation to set a password goes here."
          errors={errors}
          required
        >
          <Input type="email" defaultValue={textOf(data, "ownerEmail")} autoComplete="off" />
        </FormField>
        <FormField name="phone" label="Business phone" errors={errors} required>
          <Input type="tel" defaultValue={textOf(data, "phone")} placeholder="0712 345 678" />
        </FormField>
        <FormField name="city" label="Town or city" errors={errors} required>
          <Input defaultValue={textOf(data, "city")} />
        </FormField>
        <FormField name="address" label="Street address" errors={errors}>
          <Input defaultValue={textOf(data, "address")} />
        </FormField>
        <FormField
          name="plan"
          label="Plan"
          description="The trial is free; the plan sets the fee after it."
          errors={errors}
        >
          <Select defaultValue={textOf(data, "plan") || "starter"}>
            {PLANS.map((plan) => (
              <option key={plan} value={plan}>
                {PLAN_LABELS[plan]}
              </option>
            ))}
          </Select>
        </FormField>
      </fieldset>
      <StepActions errors={errors} saving={saving} readOnly={readOnly} onBack={onBack} />
    </form>
  );
}

export function IndustryStep({ data, errors, saving, readOnly, onSave, onBack }: StepProps) {
  return (
    <form onSubmit={submitWith(onSave)} className="flex flex-col gap-4" noValidate>
      <fieldset disabled={readOnly}>
        <FormField
          name="industry"
          label="Industry"
          description="Decides the dashboard the business gets and the website templates offered."
          errors={errors}
          required
        >
          <Select defaultValue={textOf(data, "industry")}>
            <option value="" disabled>
              Choose an industry
            </option>
            {INDUSTRIES.map((industry) => (
              <option key={industry} value={industry}>
                {INDUSTRY_LABELS[industry]}
              </option>
            ))}
          </Select>
        </FormField>
      </fieldset>
      <StepActions errors={errors} saving={saving} readOnly={readOnly} onBack={onBack} />
    </form>
  );
}

/** The website's first look; the owner can change all of it later. */
export function CustomizeStep({ data, errors, saving, readOnly, onSave, onBack }: StepProps) {
  const fontSelect = (value: string) => (
    <Select defaultValue={value}>
      {WEBSITE_FONTS.map((font) => (
        <option key={font} value={font}>
          {font}
        </option>
      ))}
    </Select>
  );
  return (
    <form onSubmit={submitWith(onSave)} className="flex flex-col gap-4" noValidate>
      <fieldset disabled={readOnly} className="grid gap-4 sm:grid-cols-2">
        <FormField name="primaryColor" label="Main colour" errors={errors} required>
          <Input type="color" defaultValue={textOf(data, "primaryColor") || "#0f766e"} />
        </FormField>
        <FormField name="accentColor" label="Accent colour" errors={errors} required>
          <Input type="color" defaultValue={textOf(data, "accentColor") || "#f59e0b"} />
        </FormField>
        <FormField name="headingFont" label="Heading font" errors={errors}>
          {fontSelect(textOf(data, "headingFont") || "Poppins")}
        </FormField>
        <FormField name="bodyFont" label="Body font" errors={errors}>
          {fontSelect(textOf(data, "bodyFont") || "Inter")}
        </FormField>
        <FormField
          name="logoUrl"
          label="Logo address"
          description="An https:// link to the logo image, if the business has one."
          errors={errors}
          className="sm:col-span-2"
        >
          <Input type="url" defaultValue={textOf(data, "logoUrl")} placeholder="https://" />
        </FormField>
      </fieldset>
      <StepActions errors={errors} saving={saving} readOnly={readOnly} onBack={onBack} />
    </form>
  );
}
