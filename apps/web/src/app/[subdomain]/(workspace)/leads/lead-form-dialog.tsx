"use client";

import { useState, type FormEvent, type ReactElement } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  FormErrors,
  FormField,
  Input,
  Select,
  Textarea,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { formErrorsOf } from "../customers/_components/trpc-errors";

export interface LeadFormValues {
  id: string;
  contactName: string;
  phone: string | null;
  email: string | null;
  score: number;
  value: string | null;
  probability: number | null;
  assignedTo: string | null;
  followUpAt: Date | null;
  notes: string | null;
}

/** A date as the date input wants it (local day, yyyy-mm-dd). */
function dayOf(date: Date | null): string {
  if (!date) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Add or edit a lead; the API checks every field and names the ones it refuses. */
export function LeadFormDialog({
  lead,
  trigger,
}: {
  lead?: LeadFormValues;
  trigger: ReactElement;
}) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const assignees = useQuery(trpc.tenant.leads.assignees.queryOptions());
  const create = useMutation(trpc.tenant.leads.create.mutationOptions());
  const update = useMutation(trpc.tenant.leads.update.mutationOptions());
  const errors = formErrorsOf(create.error ?? update.error);
  const saving = create.isPending || update.isPending;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      create.reset();
      update.reset();
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const followUp = text("followUpAt");
    const fields = {
      contactName: text("contactName"),
      phone: text("phone"),
      email: text("email"),
      score: text("score") === "" ? 0 : Number(text("score")),
      value: text("value"),
      probability: text("probability") === "" ? null : Number(text("probability")),
      assignedTo: text("assignedTo"),
      // A follow-up is due at 09:00 on the chosen day, the start of a working day.
      followUpAt: followUp ? new Date(`${followUp}T09:00:00`) : null,
      notes: text("notes"),
    };
    try {
      if (lead) await update.mutateAsync({ id: lead.id, ...fields });
      else await create.mutateAsync(fields);
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.leads.pathKey() });
      toast.success(lead ? "Lead saved" : "Lead added");
      onOpenChange(false);
    } catch {
      // Shown in the form.
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{lead ? "Edit lead" : "Add a lead"}</DialogTitle>
          <DialogDescription>
            Someone who may buy: who, how likely, and when to follow up.
          </DialogDescription>
        </DialogHeader>
        {/* Rendered once the team is known, so the assignee select starts on the right person. */}
        {assignees.data ? (
          <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
            <FormErrors errors={errors} />
            <FormField name="contactName" label="Name" errors={errors} required>
              <Input defaultValue={lead?.contactName ?? ""} />
            </FormField>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <FormField name="phone" label="Phone" errors={errors}>
                <Input type="tel" inputMode="tel" defaultValue={lead?.phone ?? ""} />
              </FormField>
              <FormField name="email" label="Email" errors={errors}>
                <Input type="email" defaultValue={lead?.email ?? ""} />
              </FormField>
            </div>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <FormField name="value" label="Value" errors={errors}>
                <Input inputMode="decimal" defaultValue={lead?.value ?? ""} placeholder="25000" />
              </FormField>
              <FormField name="probability" label="Probability (%)" errors={errors}>
                <Input type="number" min={0} max={100} defaultValue={lead?.probability ?? ""} />
              </FormField>
              <FormField name="score" label="Score (0–100)" errors={errors}>
                <Input type="number" min={0} max={100} defaultValue={lead?.score ?? 0} />
              </FormField>
            </div>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
              <FormField name="assignedTo" label="Assigned to" errors={errors}>
                <Select defaultValue={lead?.assignedTo ?? ""}>
                  <option value="">Nobody yet</option>
                  {(assignees.data ?? []).map((user) => (
                    <option key={user.id} value={user.id}>
                      {user.fullName}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField name="followUpAt" label="Follow up on" errors={errors}>
                <Input type="date" defaultValue={dayOf(lead?.followUpAt ?? null)} />
              </FormField>
            </div>
            <FormField name="notes" label="Notes" errors={errors}>
              <Textarea rows={3} defaultValue={lead?.notes ?? ""} />
            </FormField>
            <DialogFooter>
              <Button variant="secondary" onClick={() => onOpenChange(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={saving}>
                {saving ? "Saving…" : lead ? "Save changes" : "Add lead"}
              </Button>
            </DialogFooter>
          </form>
        ) : (
          <p className="text-sm text-muted-foreground">Loading your team…</p>
        )}
      </DialogContent>
    </Dialog>
  );
}
