"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Button, FormErrors, type FlattenedErrors } from "@aizalo/ui";
import { INDUSTRY_LABELS, type IndustryKey, type WizardStep } from "@aizalo/api/provisioning";
import { useTRPC } from "../../../../trpc/client";
import { siteUrlFor } from "../../../../lib/site-url";
import { InvitationLink } from "./invitation-link";
import { textOf, type StepProps, type WizardSession } from "./wizard-types";

const ROWS: readonly [label: string, key: string, step: WizardStep][] = [
  ["Business", "businessName", "business"],
  ["Owner", "ownerName", "business"],
  ["Owner's email", "ownerEmail", "business"],
  ["Phone", "phone", "business"],
  ["Town", "city", "business"],
  ["Plan", "plan", "business"],
  ["Industry", "industry", "industry"],
  ["Subdomain", "subdomain", "subdomain"],
  ["Colours", "primaryColor", "customize"],
  ["Fonts", "headingFont", "customize"],
  ["Logo", "logoUrl", "customize"],
];

function shown(data: Record<string, unknown>, key: string): string {
  if (key === "industry") return INDUSTRY_LABELS[textOf(data, key) as IndustryKey] ?? "";
  if (key === "primaryColor")
    return `${textOf(data, "primaryColor")} and ${textOf(data, "accentColor")}`;
  if (key === "headingFont") return `${textOf(data, "headingFont")} / ${textOf(data, "bodyFont")}`;
  return textOf(data, key) || "—";
}

/** Everything entered, with a way back to each step; finishing creates the business. */
export function ReviewStep({
  data,
  readOnly,
  onBack,
  session,
  sitesOrigin,
  onEdit,
}: StepProps & {
  session: WizardSession;
  sitesOrigin: string;
  onEdit: (step: WizardStep) => void;
}) {
  const trpc = useTRPC();
  const finish = useMutation(trpc.sales.onboarding.finish.mutationOptions());
  const errors: FlattenedErrors | null = finish.error
    ? (finish.error.data?.validation ?? { formErrors: [finish.error.message], fieldErrors: {} })
    : null;

  if (finish.data) {
    const client = finish.data;
    return (
      <div className="flex flex-col gap-4" role="status">
        <p className="text-lg font-medium">
          {client.businessName} is set up, on a free trial until{" "}
          {client.trialEndsAt.toLocaleDateString("en-KE", { timeZone: "UTC", dateStyle: "long" })}.
        </p>
        <InvitationLink link={client.invitationLink} email={client.ownerEmail} />
        <p>
          Website:{" "}
          <a
            className="text-primary underline underline-offset-4"
            href={siteUrlFor(client.subdomain, sitesOrigin)}
            target="_blank"
            rel="noreferrer"
          >
            {siteUrlFor(client.subdomain, sitesOrigin)}
          </a>
        </p>
        <Link href="/sales/onboarding" className="text-primary underline underline-offset-4">
          Back to onboardings
        </Link>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4">
      {session.status === "completed" ? (
        <p role="status" className="rounded-lg bg-acacia-50 px-3 py-2 text-acacia-700">
          This client was onboarded. The invitation link was shown once, when it was created.
        </p>
      ) : null}
      <dl className="divide-y divide-border rounded-lg border border-border">
        {ROWS.map(([label, key, step]) => (
          <div key={key} className="flex flex-col gap-1 px-3 py-2 sm:flex-row sm:items-center">
            <dt className="text-sm text-muted-foreground sm:w-40">{label}</dt>
            <dd className="flex-1 break-all">{shown(data, key)}</dd>
            {readOnly ? null : (
              <Button variant="ghost" size="sm" onClick={() => onEdit(step)}>
                Edit<span className="sr-only"> {label.toLowerCase()}</span>
              </Button>
            )}
          </div>
        ))}
      </dl>
      <FormErrors errors={errors} />
      {errors && Object.keys(errors.fieldErrors).length > 0 ? (
        <ul className="text-sm text-danger">
          {Object.entries(errors.fieldErrors).map(([field, messages]) => (
            <li key={field}>{messages?.join(" ")}</li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        {onBack ? (
          <Button variant="secondary" onClick={onBack}>
            Back
          </Button>
        ) : (
          <span />
        )}
        {readOnly ? null : (
          <Button
            onClick={() => finish.mutate({ sessionId: session.id })}
            disabled={finish.isPending}
          >
            {finish.isPending ? "Creating the business…" : "Create the business"}
          </Button>
        )}
      </div>
    </div>
  );
}
