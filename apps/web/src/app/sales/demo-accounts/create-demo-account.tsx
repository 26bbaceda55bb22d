"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, FormErrors, FormField, Input, Select } from "@aizalo/ui";
import { INDUSTRIES, INDUSTRY_LABELS } from "@aizalo/api/provisioning";
import { useTRPC } from "../../../trpc/client";
import { siteUrlFor } from "../../../lib/site-url";
import { InvitationLink } from "../onboarding/[sessionId]/invitation-link";

/** Industry and lifetime in, a ready demo out (with the link to open its workspace). */
export function CreateDemoAccount({ sitesOrigin }: { sitesOrigin: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [industry, setIndustry] = useState<(typeof INDUSTRIES)[number]>("hotels");
  const [days, setDays] = useState("");
  const create = useMutation(
    trpc.sales.demoAccounts.create.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  const errors = create.error
    ? (create.error.data?.validation ?? { formErrors: [create.error.message], fieldErrors: {} })
    : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ industry, ...(days.trim() && { days: Number(days) }) });
  };

  return (
    <div className="flex flex-col gap-4 rounded-xl border border-border bg-surface p-4">
      <form onSubmit={submit} className="flex flex-col gap-4 sm:flex-row sm:items-start" noValidate>
        <FormField name="industry" label="Industry" errors={errors} className="sm:flex-1">
          <Select
            value={industry}
            onChange={(event) => setIndustry(event.target.value as typeof industry)}
          >
            {INDUSTRIES.map((key) => (
              <option key={key} value={key}>
                {INDUSTRY_LABELS[key]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          name="days"
          label="Days until it expires"
          description="Leave empty for the platform's default."
          errors={errors}
          className="sm:w-56"
        >
          <Input
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
            value={days}
            onChange={(event) => setDays(event.target.value)}
          />
        </FormField>
        <Button type="submit" disabled={create.isPending} className="sm:mt-7">
          {create.isPending ? "Creating the demo…" : "Create demo account"}
        </Button>
      </form>
      <FormErrors errors={errors} />
      {create.data ? (
        <div role="status" className="flex flex-col gap-3">
          <p>
            <strong>{create.data.businessName}</strong> is ready with {create.data.counts.customers}{" "}
            customers, {create.data.counts.conversations} chats and {create.data.counts.leads}{" "}
            leads. Website:{" "}
            <a
              className="text-primary underline underline-offset-4"
              href={siteUrlFor(create.data.subdomain, sitesOrigin)}
              target="_blank"
              rel="noreferrer"
            >
              {siteUrlFor(create.data.subdomain, sitesOrigin)}
            </a>
          </p>
          <InvitationLink link={create.data.invitationLink} email={create.data.ownerEmail} />
        </div>
      ) : null}
    </div>
  );
}
