"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormField, Input, Select, formatKes, toast, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { ActionDialog } from "../tenants/[id]/action-dialog";
import { formErrorsOf } from "../tenants/form-errors";
import { nairobiInputValue } from "../../../lib/nairobi-time";
import { PAYMENT_METHOD_LABELS, type PaymentMethodKey } from "./money-labels";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * Gives (part of) a payment back: a negative revenue row and a negative commission for the rep
 * who earned it, netted against their next payout if the commission was already paid.
 */
export function RefundDialog({
  payment,
}: {
  payment: { id: string; businessName: string; amount: { toFixed(digits: number): string } };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const refund = useMutation(trpc.admin.revenue.refund.mutationOptions());
  const paid = formatKes(payment.amount.toFixed(2), { cents: "always" });

  const submit = async (form: FormData) => {
    setErrors(null);
    try {
      const result = await refund.mutateAsync({
        revenueId: payment.id,
        amount: text(form, "amount"),
        paymentMethod: text(form, "paymentMethod") as PaymentMethodKey,
        paymentReference: text(form, "paymentReference"),
        paidAt: text(form, "paidAt"),
        description: text(form, "description"),
      });
      toast.success(
        result.nettedAgainstNextPayout
          ? "Refund recorded. The commission was already paid: it is deducted from the rep's next payout."
          : "Refund recorded, with the commission taken back.",
      );
      await queryClient.invalidateQueries({ queryKey: trpc.admin.revenue.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.admin.commissions.pathKey() });
      router.refresh();
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };

  return (
    <ActionDialog
      trigger="Refund"
      title={`Refund ${payment.businessName}`}
      description={`Money given back on a payment of ${paid}.`}
      submitLabel="Record refund"
      submitVariant="danger"
      errors={errors}
      pending={refund.isPending}
      onSubmit={submit}
      onOpenChange={(open) => {
        if (!open) setErrors(null);
      }}
    >
      <FormField name="amount" label="Amount given back (KES)" errors={errors} required>
        <Input inputMode="decimal" defaultValue={payment.amount.toFixed(2)} autoComplete="off" />
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField name="paymentMethod" label="Given back by" errors={errors} required>
          <Select defaultValue="mpesa">
            {Object.entries(PAYMENT_METHOD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="paymentReference" label="Reference" errors={errors}>
          <Input autoComplete="off" className="uppercase" />
        </FormField>
      </div>
      <FormField name="paidAt" label="Refunded on (Nairobi time)" errors={errors} required>
        <Input type="datetime-local" defaultValue={nairobiInputValue(new Date())} />
      </FormField>
      <FormField name="description" label="Why" errors={errors}>
        <Input autoComplete="off" />
      </FormField>
    </ActionDialog>
  );
}
