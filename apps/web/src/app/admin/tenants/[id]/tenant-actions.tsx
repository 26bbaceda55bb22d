"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormField, Input, Select, Textarea, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { formErrorsOf } from "../form-errors";
import { PLAN_LABELS } from "../tenant-labels";
import { ActionDialog } from "./action-dialog";
import { LoginAsTenant } from "./login-as-tenant";

export interface TenantActionsProps {
  tenant: {
    id: string;
    businessName: string;
    status: string;
    plan: string;
    monthlyFee: string;
    salesRepId: string | null;
    supportId: string | null;
  };
  staff: {
    salesReps: { id: string; fullName: string }[];
    support: { id: string; fullName: string }[];
  };
  isOwner: boolean;
  allowPlatformLogin: boolean;
}

const text = (form: FormData, key: string) => String(form.get(key) ?? "");

/** The tenant page's actions; each saves through the API, then the page reloads its data. */
export function TenantActions({ tenant, staff, isOwner, allowPlatformLogin }: TenantActionsProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const changePlan = useMutation(trpc.admin.tenants.changePlan.mutationOptions());
  const assign = useMutation(trpc.admin.tenants.assignStaff.mutationOptions());
  const suspend = useMutation(trpc.admin.tenants.suspend.mutationOptions());
  const reactivate = useMutation(trpc.admin.tenants.reactivate.mutationOptions());

  /** Runs a mutation; true when it worked (the dialog closes and the page shows the change). */
  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
    } catch {
      return false;
    }
    setDone(message);
    router.refresh();
    return true;
  };
  const errorsOf = (error: unknown): FlattenedErrors | null => formErrorsOf(error);
  const suspended = tenant.status === "suspended";

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <ActionDialog
          trigger="Change plan"
          title="Change plan and fee"
          description="Takes effect now and is recorded in the subscription history, where MRR changes are counted from."
          submitLabel="Save plan"
          errors={errorsOf(changePlan.error)}
          pending={changePlan.isPending}
          onOpenChange={() => changePlan.reset()}
          onSubmit={(form) =>
            run(
              () =>
                changePlan.mutateAsync({
                  tenantId: tenant.id,
                  plan: text(form, "plan") as "starter",
                  monthlyFee: text(form, "monthlyFee"),
                  reason: text(form, "reason") || undefined,
                }),
              "Plan and fee saved.",
            )
          }
        >
          <FormField name="plan" label="Plan" errors={errorsOf(changePlan.error)} required>
            <Select defaultValue={tenant.plan}>
              {Object.entries(PLAN_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            name="monthlyFee"
            label="Monthly fee (KES)"
            errors={errorsOf(changePlan.error)}
            required
          >
            <Input inputMode="decimal" defaultValue={tenant.monthlyFee} />
          </FormField>
          <FormField name="reason" label="Note (optional)" errors={errorsOf(changePlan.error)}>
            <Input />
          </FormField>
        </ActionDialog>

        <ActionDialog
          trigger="Assign staff"
          title="Sales rep and support"
          description="Only active staff in those roles are offered. Commissions on later payments go to the new rep."
          submitLabel="Save assignment"
          errors={errorsOf(assign.error)}
          pending={assign.isPending}
          onOpenChange={() => assign.reset()}
          onSubmit={(form) =>
            run(
              () =>
                assign.mutateAsync({
                  tenantId: tenant.id,
                  salesRepId: text(form, "salesRepId") || null,
                  supportId: text(form, "supportId") || null,
                }),
              "Assignment saved.",
            )
          }
        >
          <FormField name="salesRepId" label="Sales rep" errors={errorsOf(assign.error)}>
            <Select defaultValue={tenant.salesRepId ?? ""}>
              <option value="">Unassigned</option>
              {staff.salesReps.map((rep) => (
                <option key={rep.id} value={rep.id}>
                  {rep.fullName}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField name="supportId" label="Support" errors={errorsOf(assign.error)}>
            <Select defaultValue={tenant.supportId ?? ""}>
              <option value="">Unassigned</option>
              {staff.support.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.fullName}
                </option>
              ))}
            </Select>
          </FormField>
        </ActionDialog>

        {suspended ? (
          <ActionDialog
            trigger="Reactivate"
            title={`Reactivate ${tenant.businessName}`}
            description="Its people can sign in again and its website comes back. It returns to the status it had before the suspension."
            submitLabel="Reactivate"
            errors={errorsOf(reactivate.error)}
            pending={reactivate.isPending}
            onOpenChange={() => reactivate.reset()}
            onSubmit={(form) =>
              run(
                () => reactivate.mutateAsync({ tenantId: tenant.id, reason: text(form, "reason") }),
                "Reactivated.",
              )
            }
          >
            <FormField name="reason" label="Reason" errors={errorsOf(reactivate.error)} required>
              <Textarea rows={3} />
            </FormField>
          </ActionDialog>
        ) : tenant.status !== "canceled" ? (
          <ActionDialog
            trigger="Suspend"
            triggerVariant="danger"
            title={`Suspend ${tenant.businessName}`}
            description="Its people are signed out and cannot sign in, and its website says the business is unavailable, until someone reactivates it."
            submitLabel="Suspend"
            submitVariant="danger"
            errors={errorsOf(suspend.error)}
            pending={suspend.isPending}
            onOpenChange={() => suspend.reset()}
            onSubmit={(form) =>
              run(
                () => suspend.mutateAsync({ tenantId: tenant.id, reason: text(form, "reason") }),
                "Suspended.",
              )
            }
          >
            <FormField name="reason" label="Reason" errors={errorsOf(suspend.error)} required>
              <Textarea rows={3} />
            </FormField>
          </ActionDialog>
        ) : null}

        {isOwner ? (
          <LoginAsTenant
            tenantId={tenant.id}
            businessName={tenant.businessName}
            allowed={allowPlatformLogin}
            suspended={suspended}
          />
        ) : null}
      </div>
      <p role="status" className="text-sm text-acacia-700">
        {done}
      </p>
    </div>
  );
}
