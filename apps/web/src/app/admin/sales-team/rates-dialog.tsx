"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormField, Input, toast, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { ActionDialog } from "../tenants/[id]/action-dialog";
import { formErrorsOf } from "../tenants/form-errors";
import { formatWhen } from "../tenants/tenant-labels";
import { nairobiInputValue } from "../../../lib/nairobi-time";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * A rep's commission rates: the history, and new rates from a date on (a new row, never an
 * edit, so past commissions stay explainable). The owner's alone.
 */
export function RatesDialog({ rep }: { rep: { id: string; fullName: string } }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const history = useQuery({
    ...trpc.admin.salesTeam.rateHistory.queryOptions({ id: rep.id }),
    enabled: open,
  });
  const setRates = useMutation(trpc.admin.salesTeam.setRates.mutationOptions());

  const submit = async (form: FormData) => {
    setErrors(null);
    try {
      await setRates.mutateAsync({
        salesRepId: rep.id,
        setupRate: text(form, "setupRate"),
        recurringRate: text(form, "recurringRate"),
        effectiveFrom: text(form, "effectiveFrom"),
      });
      toast.success(`New rates saved for ${rep.fullName}.`);
      await queryClient.invalidateQueries({ queryKey: trpc.admin.salesTeam.pathKey() });
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };

  return (
    <ActionDialog
      trigger="Rates"
      title={`Commission rates: ${rep.fullName}`}
      description="Setup fees earn the setup rate; subscriptions, add-ons and overage the recurring rate, as in force on the payment's date."
      submitLabel="Save new rates"
      errors={errors}
      pending={setRates.isPending}
      onSubmit={submit}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setErrors(null);
      }}
    >
      <div className="grid grid-cols-2 gap-4">
        <FormField name="setupRate" label="Setup rate (%)" errors={errors} required>
          <Input inputMode="decimal" placeholder="10" autoComplete="off" />
        </FormField>
        <FormField name="recurringRate" label="Recurring rate (%)" errors={errors} required>
          <Input inputMode="decimal" placeholder="5" autoComplete="off" />
        </FormField>
      </div>
      <FormField name="effectiveFrom" label="From (Nairobi time)" errors={errors} required>
        <Input type="datetime-local" defaultValue={nairobiInputValue(new Date())} />
      </FormField>
      <div className="flex flex-col gap-1 text-sm">
        <p className="font-medium">History</p>
        {history.data?.length ? (
          <ul className="flex flex-col gap-1 text-muted-foreground">
            {history.data.map((rates) => (
              <li key={rates.id}>
                From {formatWhen(rates.effectiveFrom)}: setup {rates.setupRate.toFixed(2)}%,
                recurring {rates.recurringRate.toFixed(2)}%
                {rates.createdByUser ? ` (set by ${rates.createdByUser.fullName})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">
            {history.isLoading ? "Loading…" : "No rates yet: no commission is earned."}
          </p>
        )}
      </div>
    </ActionDialog>
  );
}
