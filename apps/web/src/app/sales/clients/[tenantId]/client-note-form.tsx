"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button, FormErrors, FormField, Textarea, type FlattenedErrors } from "@aizalo/ui";
import { useRef, useState, type FormEvent } from "react";
import { useTRPC } from "../../../../trpc/client";
import { formErrorsOf } from "../../_components/form-errors";

/** A note on a client, signed and timestamped by the API. */
export function ClientNoteForm({ tenantId }: { tenantId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FlattenedErrors | null>(null);
  const add = useMutation(
    trpc.sales.clients.addNote.mutationOptions({
      onError: (error) => setErrors(formErrorsOf(error)),
      onSuccess: () => {
        setErrors(null);
        form.current?.reset();
        router.refresh();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("body") ?? "");
    add.mutate({ tenantId, body });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex flex-col gap-3">
      <FormErrors errors={errors} />
      <FormField name="body" label="New note" errors={errors}>
        <Textarea rows={3} placeholder="What was agreed, what to watch for" />
      </FormField>
      <div className="flex justify-end">
        <Button type="submit" size="sm" disabled={add.isPending}>
          {add.isPending ? "Saving…" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
