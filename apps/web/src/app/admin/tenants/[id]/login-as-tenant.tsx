"use client";

import { useState } from "react";
import { Button, FormField, Textarea, type FlattenedErrors } from "@aizalo/ui";
import { ActionDialog } from "./action-dialog";

/**
 * "Login as tenant" (the owner alone): posts to /api/impersonation/start, which opens the
 * 30-minute session and switches the owner's sign-in; then a full page load of the business's
 * dashboard, so every part of the app picks up the new session and shows the banner.
 */
export function LoginAsTenant({
  tenantId,
  businessName,
  allowed,
  suspended,
}: {
  tenantId: string;
  businessName: string;
  allowed: boolean;
  suspended: boolean;
}) {
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const [pending, setPending] = useState(false);

  if (!allowed || suspended) {
    const why = !allowed
      ? `${businessName} has turned off login by Aizalo in its settings.`
      : "A suspended business cannot be opened; reactivate it first.";
    return (
      <div className="flex flex-col items-start gap-1">
        <Button variant="secondary" disabled aria-describedby="login-as-tenant-why">
          Login as tenant
        </Button>
        <p id="login-as-tenant-why" className="text-sm text-muted-foreground">
          {why}
        </p>
      </div>
    );
  }

  const start = async (form: FormData) => {
    const reason = String(form.get("reason") ?? "").trim();
    if (reason.length < 10) {
      setErrors({ fieldErrors: { reason: ["Say why, in at least 10 characters."] } });
      return false;
    }
    setPending(true);
    setErrors(null);
    try {
      const response = await fetch("/api/impersonation/start", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tenantId, reason, allowChanges: form.get("allowChanges") === "on" }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        redirectTo?: string;
        error?: string;
      };
      if (!response.ok || !body.redirectTo) {
        setErrors({ formErrors: [body.error ?? "Could not start"], fieldErrors: {} });
        return false;
      }
      window.location.assign(body.redirectTo);
      return true;
    } finally {
      setPending(false);
    }
  };

  return (
    <ActionDialog
      trigger="Login as tenant"
      title={`Login as ${businessName}`}
      description="You see the business's dashboard as its people do, for 30 minutes (it cannot be extended). A banner stays on every page with a Stop button. The business can see that you did, and every action is recorded with your name."
      submitLabel="Start"
      errors={errors}
      pending={pending}
      onOpenChange={() => setErrors(null)}
      onSubmit={start}
    >
      <FormField name="reason" label="Reason" errors={errors} required>
        <Textarea rows={3} />
      </FormField>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="allowChanges" className="mt-1 size-4" />
        <span>
          Allow changes
          <span className="block text-muted-foreground">
            Off: read-only. On: you act as one of its admins.
          </span>
        </span>
      </label>
    </ActionDialog>
  );
}
