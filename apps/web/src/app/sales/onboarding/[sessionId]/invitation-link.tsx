"use client";

import { useState } from "react";
import { Button, Input, Label } from "@aizalo/ui";

/** The owner's one-time invitation link, for the rep to pass on (it was also emailed). */
export function InvitationLink({ link, email }: { link: string; email: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border p-3">
      <Label htmlFor="invitation-link">Invitation link for {email}</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input id="invitation-link" readOnly value={link} onFocus={(e) => e.target.select()} />
        <Button
          variant="secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(() => setCopied(true));
          }}
        >
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
      <p className="text-sm text-muted-foreground">
        Works once, for 7 days. It is shown only now: pass it to the owner, who sets a password and
        signs in.
      </p>
    </div>
  );
}
