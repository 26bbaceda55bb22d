"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  FormErrors,
  FormField,
  Input,
  Textarea,
  toast,
  type FlattenedErrors,
} from "@aizalo/ui";
import { useState, type FormEvent } from "react";
import { useTRPC } from "../../../trpc/client";
import { formErrorsOf } from "./form-errors";
import { formatDateTime } from "./formatting";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Book a demo with a lead: a Nairobi date and time, and a place, a call link or both. */
export function ScheduleDemoForm({ leadId, onBooked }: { leadId: string; onBooked?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const schedule = useMutation(
    trpc.sales.demos.schedule.mutationOptions({
      onError: (error) => setErrors(formErrorsOf(error)),
      onSuccess: async (demo, _input) => {
        setErrors(null);
        toast.success(`Demo booked for ${formatDateTime(demo.scheduledAt)}`);
        await queryClient.invalidateQueries({ queryKey: trpc.sales.pathKey() });
        onBooked?.();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    schedule.mutate({
      leadId,
      date: text(form, "date"),
      time: text(form, "time"),
      location: text(form, "location"),
      callLink: text(form, "callLink"),
      notes: text(form, "notes"),
    });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4" aria-label="Book a demo">
      <FormErrors errors={errors} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField name="date" label="Date" errors={errors} required>
          <Input type="date" />
        </FormField>
        <FormField name="time" label="Time (Nairobi)" errors={errors} required>
          <Input type="time" step={300} />
        </FormField>
        <FormField
          name="location"
          label="Place"
          errors={errors}
          description="Where you will meet, or leave empty for a call."
        >
          <Input placeholder="At the client's shop, Moi Avenue" />
        </FormField>
        <FormField name="callLink" label="Call link" errors={errors}>
          <Input type="url" placeholder="https://meet.google.com/…" />
        </FormField>
      </div>
      <FormField name="notes" label="Notes" errors={errors}>
        <Textarea rows={2} placeholder="What to show" />
      </FormField>
      <div className="flex justify-end">
        <Button type="submit" disabled={schedule.isPending}>
          {schedule.isPending ? "Booking…" : "Book demo"}
        </Button>
      </div>
    </form>
  );
}
