"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormField, Input, Select, toast, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { ActionDialog } from "../tenants/[id]/action-dialog";
import { formErrorsOf } from "../tenants/form-errors";

export interface PersonFields {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  role: "sales" | "support";
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Adds a salesperson (an invitation email with a set-password link) or edits one. */
export function PersonDialog({ person }: { person?: PersonFields }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const add = useMutation(trpc.admin.salesTeam.add.mutationOptions());
  const update = useMutation(trpc.admin.salesTeam.update.mutationOptions());

  const submit = async (form: FormData) => {
    setErrors(null);
    const role = text(form, "role") as PersonFields["role"];
    try {
      if (person) {
        const result = await update.mutateAsync({
          id: person.id,
          fullName: text(form, "fullName"),
          phone: text(form, "phone"),
          role,
        });
        toast.success(
          result.roleChanged
            ? `${text(form, "fullName")} was updated and signed out: the new role applies at their next sign-in.`
            : `${text(form, "fullName")} was updated.`,
        );
      } else {
        await add.mutateAsync({
          fullName: text(form, "fullName"),
          email: text(form, "email"),
          phone: text(form, "phone"),
          role,
        });
        toast.success(`Invitation sent to ${text(form, "email")}.`);
      }
      await queryClient.invalidateQueries({ queryKey: trpc.admin.salesTeam.pathKey() });
      return true;
    } catch (error) {
      setErrors(formErrorsOf(error));
      return false;
    }
  };

  return (
    <ActionDialog
      trigger={person ? "Edit" : "Add a salesperson"}
      triggerVariant={person ? "secondary" : "primary"}
      title={person ? `Edit ${person.fullName}` : "Add a salesperson"}
      description={
        person
          ? "Changing the role signs them out everywhere."
          : "They get an email with a link to set their password (valid 7 days)."
      }
      submitLabel={person ? "Save" : "Send invitation"}
      errors={errors}
      pending={add.isPending || update.isPending}
      onSubmit={submit}
      onOpenChange={(open) => {
        if (!open) setErrors(null);
      }}
    >
      <FormField name="fullName" label="Full name" errors={errors} required>
        <Input defaultValue={person?.fullName ?? ""} autoComplete="off" />
      </FormField>
      {person ? null : (
        <FormField name="email" label="Email" errors={errors} required>
          <Input type="email" autoComplete="off" />
        </FormField>
      )}
      <FormField name="phone" label="Phone" description="For example 0712 345 678." errors={errors}>
        <Input type="tel" defaultValue={person?.phone ?? ""} autoComplete="off" />
      </FormField>
      <FormField name="role" label="Role" errors={errors} required>
        <Select defaultValue={person?.role ?? "sales"}>
          <option value="sales">Sales rep: sells and onboards businesses</option>
          <option value="support">Support: reads assigned businesses</option>
        </Select>
      </FormField>
    </ActionDialog>
  );
}
