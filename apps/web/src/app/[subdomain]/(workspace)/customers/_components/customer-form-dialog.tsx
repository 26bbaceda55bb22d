"use client";

import type { Route } from "next";
import Link from "next/link";
import { useState, type FormEvent, type ReactElement } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
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
  FormField,
  Input,
  Select,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { LANGUAGE_LABELS, type LanguageCode } from "./format";
import { formErrorsOf } from "./trpc-errors";

export interface CustomerFormValues {
  id?: string;
  firstName: string | null;
  lastName: string | null;
  phone: string;
  email: string | null;
  language: LanguageCode;
  location: string | null;
  tags: string[];
  acquisitionChannel: string | null;
}

interface Props {
  subdomain: string;
  /** The customer being edited; absent to add a new one. */
  customer?: CustomerFormValues;
  /** One button element: it opens the dialog. */
  trigger: ReactElement;
  onSaved?: (id: string) => void;
}

/** Add or edit a customer. The API normalizes the phone and names any field it refuses. */
export function CustomerFormDialog({ subdomain, customer, trigger, onSaved }: Props) {
  const [open, setOpen] = useState(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.tenant.customers.create.mutationOptions());
  const update = useMutation(trpc.tenant.customers.update.mutationOptions());
  const saving = create.isPending || update.isPending;
  const errors = formErrorsOf(create.error ?? update.error);
  const existingId = errors?.fieldErrors.existingCustomerId?.[0];

  function reset(next: boolean) {
    setOpen(next);
    if (!next) {
      create.reset();
      update.reset();
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const fields = {
      firstName: text("firstName"),
      lastName: text("lastName"),
      phone: text("phone"),
      email: text("email"),
      languagePreference: text("languagePreference") as LanguageCode,
      location: text("location"),
      tags: text("tags").split(","),
      acquisitionChannel: text("acquisitionChannel"),
    };
    try {
      const saved = customer?.id
        ? await update.mutateAsync({ id: customer.id, ...fields })
        : await create.mutateAsync(fields);
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.customers.pathKey() });
      toast.success(customer ? "Customer saved" : `${saved.name} added`);
      reset(false);
      onSaved?.(saved.id);
    } catch {
      // The form shows the errors (formErrorsOf); nothing else to do.
    }
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{customer ? "Edit customer" : "Add a customer"}</DialogTitle>
          <DialogDescription>
            Type the phone as you have it: 0712 345 678, +254 712 345 678 or a foreign number.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
          <FormErrors errors={existingId ? null : errors} />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <FormField name="firstName" label="First name" errors={errors} required>
              <Input defaultValue={customer?.firstName ?? ""} autoComplete="off" />
            </FormField>
            <FormField name="lastName" label="Last name" errors={errors}>
              <Input defaultValue={customer?.lastName ?? ""} autoComplete="off" />
            </FormField>
          </div>
          <FormField
            name="phone"
            label="Phone"
            errors={errors}
            required
            description={
              existingId ? (
                <Link
                  className="font-medium text-primary underline"
                  href={`/${subdomain}/customers/${existingId}` as Route}
                >
                  Open the existing customer
                </Link>
              ) : undefined
            }
          >
            <Input type="tel" inputMode="tel" defaultValue={customer?.phone ?? ""} />
          </FormField>
          <FormField name="email" label="Email" errors={errors}>
            <Input type="email" defaultValue={customer?.email ?? ""} />
          </FormField>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <FormField name="languagePreference" label="Language" errors={errors}>
              <Select defaultValue={customer?.language ?? "en"}>
                {Object.entries(LANGUAGE_LABELS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </Select>
            </FormField>
            <FormField
              name="acquisitionChannel"
              label="How they found you"
              errors={errors}
              description="Walk-in, referral, WhatsApp, an event…"
            >
              <Input defaultValue={customer?.acquisitionChannel ?? ""} />
            </FormField>
          </div>
          <FormField name="location" label="Location" errors={errors}>
            <Input defaultValue={customer?.location ?? ""} placeholder="Kilimani, Nairobi" />
          </FormField>
          <FormField
            name="tags"
            label="Tags"
            errors={errors}
            description="Separate tags with commas: vip, wholesale"
          >
            <Input defaultValue={customer?.tags.join(", ") ?? ""} />
          </FormField>
          <DialogFooter>
            <Button variant="secondary" onClick={() => reset(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={saving}>
              {saving ? "Saving…" : customer ? "Save changes" : "Add customer"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
