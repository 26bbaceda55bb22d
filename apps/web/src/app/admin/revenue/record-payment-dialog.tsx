"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  FormField,
  Input,
  Select,
  Textarea,
  formatKes,
  toast,
  type FlattenedErrors,
} from "@aizalo/ui";
import { nairobiInputValue } from "../../../lib/nairobi-time";
import { useTRPC } from "../../../trpc/client";
import { ActionDialog } from "../tenants/[id]/action-dialog";
import { formErrorsOf } from "../tenants/form-errors";
import {
  PAYMENT_METHOD_LABELS,
  REVENUE_TYPE_LABELS,
  type PaymentMethodKey,
  type RevenueTypeKey,
} from "./money-labels";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/**
 * "Record a payment": a bank transfer, cash or a missed M-Pesa callback entered by hand. The
 * API records the revenue and the assigned rep's pending commission in one transaction.
 */
export function RecordPaymentDialog() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState("");
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const businesses = useQuery(trpc.admin.revenue.businesses.queryOptions({ search }));
  const record = useMutation(trpc.admin.revenue.recordPayment.mutationOptions());

  const submit = async (form: FormData) => {
    setErrors(null);
    try {
      const recorded = await record.mutateAsync({
        tenantId: text(form, "tenantId"),
        amount: text(form, "amount"),
        type: text(form, "type") as RevenueTypeKey,
        paymentMethod: text(form, "paymentMethod") as PaymentMethodKey,
        paymentReference: text(form, "paymentReference"),
        paidAt: text(form, "paidAt"),
        description: text(form, "description"),
      });
      toast.success(
        recorded.commission
          ? `Payment recorded. Commission of ${formatKes(recorded.commission.amount.toFixed(2), { cents: "always" })} is pending.`
          : "Payment recorded. No commission: the business has no sales rep with rates at that date.",
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
      trigger="Record a payment"
      triggerVariant="primary"
      title="Record a payment"
      description="Money received from a business, in KES. The business's sales rep earns their commission on it."
      submitLabel="Record payment"
      errors={errors}
      pending={record.isPending}
      onSubmit={submit}
      onOpenChange={(open) => {
        if (!open) setErrors(null);
      }}
    >
      <FormField
        name="search"
        label="Find the business"
        description="Type part of its name or subdomain."
      >
        <Input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
      </FormField>
      <FormField name="tenantId" label="Business" errors={errors} required>
        <Select defaultValue="">
          <option value="" disabled>
            {businesses.isLoading ? "Loading…" : "Choose the business"}
          </option>
          {businesses.data?.map((business) => (
            <option key={business.id} value={business.id}>
              {business.businessName} ({business.subdomain})
              {business.assignedSalesRep ? ` · ${business.assignedSalesRep.fullName}` : ""}
            </option>
          ))}
        </Select>
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField name="amount" label="Amount (KES)" errors={errors} required>
          <Input inputMode="decimal" placeholder="12,500" autoComplete="off" />
        </FormField>
        <FormField name="type" label="For" errors={errors} required>
          <Select defaultValue="subscription">
            {Object.entries(REVENUE_TYPE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField name="paymentMethod" label="Paid by" errors={errors} required>
          <Select defaultValue="bank">
            {Object.entries(PAYMENT_METHOD_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          name="paymentReference"
          label="Reference"
          description="M-Pesa code or bank reference."
          errors={errors}
        >
          <Input autoComplete="off" className="uppercase" />
        </FormField>
      </div>
      <FormField name="paidAt" label="Paid on (Nairobi time)" errors={errors} required>
        <Input type="datetime-local" defaultValue={nairobiInputValue(new Date())} />
      </FormField>
      <FormField name="description" label="Note" errors={errors}>
        <Textarea rows={2} />
      </FormField>
    </ActionDialog>
  );
}
