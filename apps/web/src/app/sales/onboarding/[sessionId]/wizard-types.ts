import type { FlattenedErrors } from "@aizalo/ui";
import type { WizardStep } from "@aizalo/api/provisioning";

export interface WizardSession {
  id: string;
  status: "scheduled" | "in_progress" | "completed" | "cancelled";
  currentStep: WizardStep;
  data: Record<string, unknown>;
  leadId: string | null;
  tenantId: string | null;
}

export interface StepProps {
  /** The draft's fields so far. */
  data: Record<string, unknown>;
  errors: FlattenedErrors | null;
  saving: boolean;
  /** Support, the owner looking in, or a finished draft: shown, not changed. */
  readOnly: boolean;
  onSave: (values: Record<string, unknown>) => void;
  onBack: (() => void) | undefined;
}

/** A text field's saved value, or "" (the draft's JSON may hold anything). */
export function textOf(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === "string" ? value : "";
}

/** A submitted form's fields as plain strings. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries(
    [...new FormData(form).entries()].map(([key, value]) => [key, String(value)]),
  );
}
