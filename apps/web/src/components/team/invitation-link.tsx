"use client";

import { useState } from "react";
import { Button, Input, Label } from "@aizalo/ui";

/** The new invitation's link, shown once, with a button that copies it. */
export function InvitationLink({ link, email }: { link: string; email: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an old browser, or permission refused): the field is selectable.
      setCopied(false);
    }
  }
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-lg border border-border bg-surface-muted p-3"
    >
      <p className="text-sm text-foreground">
        Invitation sent to <strong className="break-all">{email}</strong>. It works once, for seven
        days. You can also send them this link yourself:
      </p>
      <Label htmlFor="invitation-link">Invitation link</Label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id="invitation-link"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="font-mono text-xs"
        />
        <Button type="button" variant="secondary" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </div>
  );
}
