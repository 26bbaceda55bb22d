"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { FlattenedErrors } from "@aizalo/ui";
import { WIZARD_STEP_ORDER, type WizardStep } from "@aizalo/api/provisioning";
import { useTRPC } from "../../../../trpc/client";
import { STEP_LABELS } from "../wizard-steps";
import { DiscardDraft } from "./discard-draft";
import { ReviewStep } from "./review-step";
import { BusinessStep, CustomizeStep, IndustryStep } from "./step-forms";
import { SubdomainStep } from "./subdomain-step";
import { TemplateStep } from "./template-step";
import type { StepProps, WizardSession } from "./wizard-types";

/**
 * The onboarding wizard. "Continue" saves the step on the server (validated there; field errors
 * come back under each input) and moves on; "Back" only moves. A reload re-opens the draft at
 * the step it reached, with everything entered so far.
 */
export function OnboardingWizard({
  initialSession,
  readOnly,
  sitesOrigin,
}: {
  initialSession: WizardSession;
  readOnly: boolean;
  sitesOrigin: string;
}) {
  const trpc = useTRPC();
  const [session, setSession] = useState(initialSession);
  const [step, setStep] = useState<WizardStep>(initialSession.currentStep);
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const save = useMutation(trpc.sales.onboarding.saveStep.mutationOptions());

  const reached = WIZARD_STEP_ORDER.indexOf(session.currentStep);
  const goTo = (target: WizardStep) => {
    setErrors(null);
    setStep(target);
  };
  const onSave = (values: Record<string, unknown>) => {
    if (step === "review") return;
    setErrors(null);
    save.mutate(
      { sessionId: session.id, step, values },
      {
        onSuccess: (saved) => {
          setSession(saved);
          setStep(saved.currentStep);
        },
        onError: (error) =>
          setErrors(error.data?.validation ?? { formErrors: [error.message], fieldErrors: {} }),
      },
    );
  };
  const index = WIZARD_STEP_ORDER.indexOf(step);
  const previous = WIZARD_STEP_ORDER[index - 1];
  const props: StepProps = {
    data: session.data,
    errors,
    saving: save.isPending,
    readOnly: readOnly || session.status !== "in_progress",
    onSave,
    onBack: previous ? () => goTo(previous) : undefined,
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="Onboarding steps">
        <ol className="relative flex gap-2 overflow-x-auto lg:flex-col">
          {WIZARD_STEP_ORDER.map((candidate, position) => {
            const current = candidate === step;
            const open = position <= reached;
            return (
              <li key={candidate} className="shrink-0">
                <button
                  type="button"
                  disabled={!open}
                  aria-current={current ? "step" : undefined}
                  onClick={() => goTo(candidate)}
                  className={
                    "flex w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm " +
                    (current
                      ? "bg-primary/10 font-semibold text-primary"
                      : "text-foreground hover:bg-surface-muted disabled:text-muted-foreground disabled:hover:bg-transparent")
                  }
                >
                  <span aria-hidden="true" className="tabular-nums">
                    {position + 1}.
                  </span>
                  {STEP_LABELS[candidate]}
                </button>
              </li>
            );
          })}
        </ol>
        {props.readOnly ? null : (
          <div className="mt-3">
            <DiscardDraft sessionId={session.id} />
          </div>
        )}
      </nav>
      <section
        aria-labelledby="step-heading"
        className="rounded-xl border border-border bg-surface p-4 sm:p-6"
      >
        <h2 id="step-heading" className="mb-4 text-lg font-semibold">
          {STEP_LABELS[step]}
        </h2>
        {step === "business" ? <BusinessStep {...props} /> : null}
        {step === "industry" ? <IndustryStep {...props} /> : null}
        {step === "template" ? <TemplateStep {...props} /> : null}
        {step === "subdomain" ? <SubdomainStep {...props} sitesOrigin={sitesOrigin} /> : null}
        {step === "customize" ? <CustomizeStep {...props} /> : null}
        {step === "review" ? (
          <ReviewStep {...props} session={session} sitesOrigin={sitesOrigin} onEdit={goTo} />
        ) : null}
      </section>
    </div>
  );
}
