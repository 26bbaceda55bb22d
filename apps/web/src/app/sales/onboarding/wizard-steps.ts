import type { WizardStep } from "@aizalo/api/provisioning";

export const STEP_LABELS: Readonly<Record<WizardStep, string>> = {
  business: "Business info",
  industry: "Industry",
  template: "Template",
  subdomain: "Subdomain",
  customize: "Look and feel",
  review: "Review",
};
