"use client";

import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  FormField,
  Input,
} from "@aizalo/ui";
import { useState, type FormEvent } from "react";

/** Asked before a lead moves to "lost": the reason is part of the record. */
export function LostReasonDialog({
  businessName,
  open,
  onConfirm,
  onCancel,
}: {
  businessName: string;
  open: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("lostReason") ?? "").trim();
    if (!reason) {
      setError("Say why the lead was lost.");
      return;
    }
    setError(null);
    onConfirm(reason);
  }

  return (
    <Dialog open={open} onOpenChange={(isOpen) => (isOpen ? undefined : onCancel())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Mark {businessName} as lost</DialogTitle>
          <DialogDescription>
            The reason helps the team learn why deals slip away.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <FormField
            name="lostReason"
            label="Why was it lost?"
            required
            errors={error ? { fieldErrors: { lostReason: [error] } } : null}
          >
            <Input autoFocus placeholder="Chose a cheaper tool" />
          </FormField>
          <DialogFooter>
            <Button variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" variant="danger">
              Mark as lost
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
