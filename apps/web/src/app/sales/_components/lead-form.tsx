"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  FormErrors,
  FormField,
  Input,
  Select,
  Textarea,
  type FlattenedErrors,
} from "@aizalo/ui";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../../trpc/client";
import { formErrorsOf } from "./form-errors";
import { INDUSTRY_LABELS, nairobiDateInput } from "./formatting";

/** What the form starts from when editing: the lead as the API returns it. */
export interface LeadFormValues {
  id: string;
  businessName: string;
  contactName: string | null;
  phone: string;
  email: string | null;
  industry: string | null;
  city: string | null;
  territory: { id: string } | null;
  value: { toFixed(places: number): string } | null;
  notes: string | null;
  nextAction: string | null;
  followUpAt: Date | null;
  stage: string;
  lostReason: string | null;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

function fieldsOf(form: FormData) {
  return {
    businessName: text(form, "businessName"),
    contactName: text(form, "contactName"),
    phone: text(form, "phone"),
    email: text(form, "email"),
    industry: text(form, "industry"),
    city: text(form, "city"),
    territoryId: text(form, "territoryId"),
    value: text(form, "value"),
    notes: text(form, "notes"),
    nextAction: text(form, "nextAction"),
    followUpOn: text(form, "followUpOn"),
  };
}

/** Create a lead, or edit one (`lead` given). The API checks everything; errors show per field. */
export function LeadForm({
  lead,
  onSaved,
}: {
  lead?: LeadFormValues;
  onSaved: (leadId: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const territories = useQuery(trpc.sales.leads.territories.queryOptions());
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const onError = (error: unknown) => setErrors(formErrorsOf(error));
  const onSuccess = async (saved: { id: string }) => {
    setErrors(null);
    await queryClient.invalidateQueries({ queryKey: trpc.sales.pathKey() });
    onSaved(saved.id);
  };
  const create = useMutation(trpc.sales.leads.create.mutationOptions({ onError, onSuccess }));
  const update = useMutation(trpc.sales.leads.update.mutationOptions({ onError, onSuccess }));
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (lead) {
      update.mutate({ ...fieldsOf(form), leadId: lead.id, lostReason: text(form, "lostReason") });
    } else {
      create.mutate(fieldsOf(form));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormErrors errors={errors} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField name="businessName" label="Business name" errors={errors} required>
          <Input defaultValue={lead?.businessName ?? ""} autoComplete="organization" />
        </FormField>
        <FormField name="contactName" label="Contact person" errors={errors}>
          <Input defaultValue={lead?.contactName ?? ""} autoComplete="name" />
        </FormField>
        <FormField name="phone" label="Phone" errors={errors} required>
          <Input
            type="tel"
            defaultValue={lead?.phone ?? ""}
            placeholder="0712 345 678"
            autoComplete="tel"
          />
        </FormField>
        <FormField name="email" label="Email" errors={errors}>
          <Input type="email" defaultValue={lead?.email ?? ""} autoComplete="email" />
        </FormField>
        <FormField name="industry" label="Industry" errors={errors}>
          <Select defaultValue={lead?.industry ?? ""}>
            <option value="">Not known yet</option>
            {Object.entries(INDUSTRY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="city" label="Town" errors={errors}>
          <Input defaultValue={lead?.city ?? ""} />
        </FormField>
        <FormField name="territoryId" label="Territory" errors={errors}>
          <Select defaultValue={lead?.territory?.id ?? ""} key={territories.data?.length ?? 0}>
            <option value="">None</option>
            {territories.data?.map((territory) => (
              <option key={territory.id} value={territory.id}>
                {territory.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          name="value"
          label="Expected monthly fee (KES)"
          errors={errors}
          description="What the business would pay each month."
        >
          <Input inputMode="decimal" defaultValue={lead?.value?.toFixed(2) ?? ""} />
        </FormField>
        <FormField name="nextAction" label="Next action" errors={errors}>
          <Input defaultValue={lead?.nextAction ?? ""} placeholder="Call to book a demo" />
        </FormField>
        <FormField name="followUpOn" label="Follow up on" errors={errors}>
          <Input type="date" defaultValue={nairobiDateInput(lead?.followUpAt)} />
        </FormField>
      </div>
      {lead?.stage === "lost" ? (
        <FormField name="lostReason" label="Why it was lost" errors={errors}>
          <Input defaultValue={lead.lostReason ?? ""} />
        </FormField>
      ) : null}
      <FormField name="notes" label="Notes" errors={errors}>
        <Textarea defaultValue={lead?.notes ?? ""} rows={4} />
      </FormField>
      <div className="flex justify-end gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : lead ? "Save changes" : "Add lead"}
        </Button>
      </div>
    </form>
  );
}
