"use client";

import { useMutation } from "@tanstack/react-query";
import { FormField, Input, Select } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { SettingsSection } from "./settings-section";
import type { WorkspaceSettings } from "./settings-types";
import { useSaveFeedback } from "./use-save-settings";

// The zones and currencies of the businesses Aizalo serves; the API accepts any valid one, and
// a business's current value is always offered.
const TIMEZONES = [
  "Africa/Nairobi",
  "Africa/Kampala",
  "Africa/Dar_es_Salaam",
  "Africa/Kigali",
  "Africa/Addis_Ababa",
  "Africa/Lagos",
  "Africa/Johannesburg",
  "Europe/London",
  "UTC",
];
const CURRENCIES = ["KES", "UGX", "TZS", "RWF", "ETB", "USD", "EUR", "GBP"];

const withCurrent = (options: readonly string[], current: string) =>
  options.includes(current) ? options : [current, ...options];

export function ProfileForm({
  profile,
  editable,
}: {
  profile: WorkspaceSettings["profile"];
  editable: boolean;
}) {
  const trpc = useTRPC();
  const feedback = useSaveFeedback("Business profile saved");
  const save = useMutation(trpc.tenant.settings.updateProfile.mutationOptions(feedback));
  const text = (form: FormData, name: string) => String(form.get(name) ?? "");

  return (
    <SettingsSection
      id="business-profile"
      title="Business profile"
      description="Your business's name and contacts, as customers and your team see them."
      editable={editable}
      saving={save.isPending}
      errors={feedback.errors}
      onSubmit={(form) =>
        save.mutate({
          businessName: text(form, "businessName"),
          phone: text(form, "phone"),
          email: text(form, "email"),
          address: text(form, "address"),
          city: text(form, "city"),
          timezone: text(form, "timezone"),
          currency: text(form, "currency"),
          logoUrl: text(form, "logoUrl"),
        })
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="businessName" label="Business name" errors={feedback.errors} required>
          <Input defaultValue={profile.businessName} autoComplete="organization" />
        </FormField>
        <FormField name="phone" label="Phone" errors={feedback.errors} required>
          <Input type="tel" inputMode="tel" defaultValue={profile.phone} autoComplete="tel" />
        </FormField>
        <FormField name="email" label="Email" errors={feedback.errors} required>
          <Input type="email" inputMode="email" defaultValue={profile.email} autoComplete="email" />
        </FormField>
        <FormField name="city" label="City or town" errors={feedback.errors}>
          <Input defaultValue={profile.city ?? ""} autoComplete="address-level2" />
        </FormField>
        <FormField
          name="address"
          label="Address"
          errors={feedback.errors}
          className="sm:col-span-2"
        >
          <Input defaultValue={profile.address ?? ""} autoComplete="street-address" />
        </FormField>
        <FormField name="timezone" label="Time zone" errors={feedback.errors}>
          <Select defaultValue={profile.timezone}>
            {withCurrent(TIMEZONES, profile.timezone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="currency" label="Currency" errors={feedback.errors}>
          <Select defaultValue={profile.currency}>
            {withCurrent(CURRENCIES, profile.currency).map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          name="logoUrl"
          label="Logo link"
          errors={feedback.errors}
          className="sm:col-span-2"
          description="An https:// link to your logo image, e.g. from your website. Leave empty for none."
        >
          <Input type="url" inputMode="url" defaultValue={profile.logoUrl ?? ""} />
        </FormField>
        {profile.logoUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- any host the business uses
          <img
            src={profile.logoUrl}
            alt={`${profile.businessName} logo`}
            className="size-16 rounded-lg border border-border object-contain"
          />
        ) : null}
      </div>
    </SettingsSection>
  );
}
