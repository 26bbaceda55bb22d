"use client";

import { useMutation } from "@tanstack/react-query";
import { fieldErrorsFor, FormField, Select } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { SettingsSection } from "./settings-section";
import { checkedValues, LANGUAGE_NAMES, type WorkspaceSettings } from "./settings-types";
import { useSaveFeedback } from "./use-save-settings";

type Languages = WorkspaceSettings["languages"];
type Code = Languages["primary"];
const CODES = Object.keys(LANGUAGE_NAMES) as Code[];

export function LanguagesForm({
  languages,
  editable,
}: {
  languages: Languages;
  editable: boolean;
}) {
  const trpc = useTRPC();
  const feedback = useSaveFeedback("Languages saved");
  const save = useMutation(trpc.tenant.settings.updateLanguages.mutationOptions(feedback));
  const enabledErrors = fieldErrorsFor(feedback.errors, "enabled");

  return (
    <SettingsSection
      id="languages"
      title="Languages"
      description="The languages you serve customers in; replies use the customer's own when it is one of these."
      editable={editable}
      saving={save.isPending}
      errors={feedback.errors}
      onSubmit={(form) =>
        save.mutate({
          enabled: checkedValues(form, "enabled") as Code[],
          primary: String(form.get("primary") ?? "") as Code,
        })
      }
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-foreground">Languages you use</legend>
        <div className="flex flex-wrap gap-4">
          {CODES.map((code) => (
            <label key={code} className="inline-flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="enabled"
                value={code}
                defaultChecked={languages.enabled.includes(code)}
                className="size-4"
              />
              {LANGUAGE_NAMES[code]}
            </label>
          ))}
        </div>
        {enabledErrors.length > 0 ? (
          <p className="text-sm text-danger">{enabledErrors.join(" ")}</p>
        ) : null}
      </fieldset>
      <FormField name="primary" label="Main language" errors={feedback.errors}>
        <Select defaultValue={languages.primary}>
          {CODES.map((code) => (
            <option key={code} value={code}>
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </Select>
      </FormField>
    </SettingsSection>
  );
}
