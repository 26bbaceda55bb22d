"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { TenantRole } from "@aizalo/db";
import { Button, FormErrors, FormField, Input, Select, type FlattenedErrors } from "@aizalo/ui";
import { useTRPC } from "../../trpc/client";
import { TENANT_ROLE_LABELS } from "../shell/role-labels";
import { InvitationLink } from "./invitation-link";

/** What each role may do, in a few words, so the person inviting picks the right one. */
const ROLE_HINTS: Record<TenantRole, string> = {
  owner: "everything, including billing and other owners",
  admin: "everything but billing; manages the team",
  staff: "day-to-day work: customers, conversations, campaigns",
  viewer: "sees everything, changes nothing",
};

/**
 * Invite someone by name, email and role. The link goes out by email (the outbox) and is shown
 * here once, to pass on by WhatsApp or SMS if that is quicker.
 */
export function InviteForm({
  roles,
  onInvited,
}: {
  roles: readonly TenantRole[];
  onInvited: () => void;
}) {
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const [sent, setSent] = useState<{ link: string; email: string } | null>(null);
  const invite = useMutation(
    trpc.tenant.team.invite.mutationOptions({
      onSuccess: (invited, input) => {
        setErrors(null);
        setSent({ link: invited.link, email: input.email });
        onInvited();
      },
      onError: (error) =>
        setErrors(error.data?.validation ?? { formErrors: [error.message], fieldErrors: {} }),
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSent(null);
    invite.mutate(
      {
        fullName: String(form.get("fullName") ?? ""),
        email: String(form.get("email") ?? ""),
        role: String(form.get("role") ?? "staff") as TenantRole,
        permissions: [],
      },
      { onSuccess: () => formElement.reset() },
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
        <FormField name="fullName" label="Their name" errors={errors} required>
          <Input autoComplete="off" />
        </FormField>
        <FormField name="email" label="Their email" errors={errors} required>
          <Input type="email" autoComplete="off" inputMode="email" />
        </FormField>
        <FormField
          name="role"
          label="Role"
          errors={errors}
          className="sm:col-span-2"
          description="You can change it later."
        >
          <Select defaultValue={roles.includes("staff") ? "staff" : roles[0]}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {TENANT_ROLE_LABELS[role]}: {ROLE_HINTS[role]}
              </option>
            ))}
          </Select>
        </FormField>
        <div className="flex flex-col gap-2 sm:col-span-2">
          <FormErrors errors={errors} />
          <Button type="submit" disabled={invite.isPending} className="self-start">
            {invite.isPending ? "Sending…" : "Send invitation"}
          </Button>
        </div>
      </form>
      {sent ? <InvitationLink link={sent.link} email={sent.email} /> : null}
    </div>
  );
}
