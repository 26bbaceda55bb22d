"use client";

import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, FormErrors, FormField, Select } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";

interface StartableLead {
  id: string;
  businessName: string;
  contactName: string | null;
  city: string | null;
}

/** Starts a draft, blank or filled from one of the rep's open leads, and opens the wizard. */
export function StartOnboarding({
  leads,
  initialLeadId,
}: {
  leads: readonly StartableLead[];
  initialLeadId: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [leadId, setLeadId] = useState(initialLeadId);
  const start = useMutation(
    trpc.sales.onboarding.start.mutationOptions({
      onSuccess: (session) => router.push(`/sales/onboarding/${session.id}` as Route),
    }),
  );

  return (
    <div className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4">
      <FormErrors
        errors={start.error ? { formErrors: [start.error.message], fieldErrors: {} } : null}
      />
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end">
        <FormField
          name="leadId"
          label="Start from a lead"
          description="Its details fill the first steps."
          className="sm:flex-1"
        >
          <Select value={leadId} onChange={(event) => setLeadId(event.target.value)}>
            <option value="">No lead: start blank</option>
            {leads.map((lead) => (
              <option key={lead.id} value={lead.id}>
                {lead.businessName}
                {lead.city ? ` · ${lead.city}` : ""}
              </option>
            ))}
          </Select>
        </FormField>
        <Button
          onClick={() => start.mutate({ leadId: leadId || null })}
          disabled={start.isPending}
          className="sm:mb-7"
        >
          {start.isPending ? "Starting…" : "Start onboarding"}
        </Button>
      </div>
    </div>
  );
}
