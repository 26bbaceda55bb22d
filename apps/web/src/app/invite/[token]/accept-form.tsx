"use client";

import { NewPasswordForm } from "../../../auth/new-password-form";
import type { AcceptFormState } from "./accept-invitation-action";

/** One field: the password the invited person chooses, with the rules stated up front. */
export function AcceptInvitationForm({
  email,
  action,
}: {
  email: string;
  action: (state: AcceptFormState, formData: FormData) => Promise<AcceptFormState>;
}) {
  return (
    <NewPasswordForm
      action={action}
      username={email}
      label="Choose a password"
      submitLabel="Set password and join"
      pendingLabel="Joining…"
    />
  );
}
