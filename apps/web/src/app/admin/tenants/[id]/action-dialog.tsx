"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  FormErrors,
  type ButtonProps,
  type FlattenedErrors,
} from "@aizalo/ui";

export interface ActionDialogProps {
  /** The button that opens the dialog. */
  trigger: string;
  triggerVariant?: ButtonProps["variant"];
  disabled?: boolean;
  title: string;
  description: ReactNode;
  submitLabel: string;
  submitVariant?: ButtonProps["variant"];
  errors: FlattenedErrors | null;
  pending: boolean;
  /** Sends the form; resolves true when done (the dialog closes), false to keep it open. */
  onSubmit: (form: FormData) => Promise<boolean>;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}

/** One admin action: a button, and a dialog with a form, its errors and Cancel/Confirm. */
export function ActionDialog({
  trigger,
  triggerVariant = "secondary",
  disabled = false,
  title,
  description,
  submitLabel,
  submitVariant = "primary",
  errors,
  pending,
  onSubmit,
  onOpenChange,
  children,
}: ActionDialogProps) {
  const [open, setOpen] = useState(false);
  const change = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await onSubmit(new FormData(event.currentTarget))) change(false);
  };
  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button variant={triggerVariant} disabled={disabled}>
          {trigger}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
          <FormErrors errors={errors} />
          {children}
          <DialogFooter>
            <Button variant="secondary" onClick={() => change(false)}>
              Cancel
            </Button>
            <Button type="submit" variant={submitVariant} disabled={pending}>
              {pending ? "Saving…" : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
