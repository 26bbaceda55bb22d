"use client";

import { useMutation } from "@tanstack/react-query";
import { FormField, Select, Textarea } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { SettingsSection } from "./settings-section";
import type { WorkspaceSettings } from "./settings-types";
import { useSaveFeedback } from "./use-save-settings";

type AiTone = WorkspaceSettings["aiTone"];
const TONES: Record<AiTone["tone"], string> = {
  friendly: "Friendly: warm and welcoming",
  professional: "Professional: clear and courteous",
  casual: "Casual: relaxed, like a chat with a regular",
  formal: "Formal: polite and reserved",
};
const MAX_INSTRUCTIONS = 500;

export function AiToneForm({ aiTone, editable }: { aiTone: AiTone; editable: boolean }) {
  const trpc = useTRPC();
  const feedback = useSaveFeedback("AI tone saved");
  const save = useMutation(trpc.tenant.settings.updateAiTone.mutationOptions(feedback));

  return (
    <SettingsSection
      id="ai-tone"
      title="AI tone"
      description="How your AI assistant sounds when it answers customers."
      editable={editable}
      saving={save.isPending}
      errors={feedback.errors}
      onSubmit={(form) =>
        save.mutate({
          tone: String(form.get("tone") ?? "") as AiTone["tone"],
          instructions: String(form.get("instructions") ?? ""),
        })
      }
    >
      <FormField name="tone" label="Tone" errors={feedback.errors}>
        <Select defaultValue={aiTone.tone}>
          {(Object.keys(TONES) as AiTone["tone"][]).map((tone) => (
            <option key={tone} value={tone}>
              {TONES[tone]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        name="instructions"
        label="Extra instructions"
        errors={feedback.errors}
        description={`Optional, up to ${MAX_INSTRUCTIONS} characters, e.g. "Greet customers in Kiswahili."`}
      >
        <Textarea rows={3} defaultValue={aiTone.instructions} maxLength={MAX_INSTRUCTIONS} />
      </FormField>
    </SettingsSection>
  );
}
