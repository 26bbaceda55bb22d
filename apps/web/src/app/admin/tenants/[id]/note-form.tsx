"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, type FormEvent } from "react";
import { Button, FormErrors, FormField, Textarea } from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { formErrorsOf } from "../form-errors";

/** Adds a note on the tenant, timestamped and signed by whoever writes it. */
export function NoteForm({ tenantId }: { tenantId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const addNote = useMutation(trpc.admin.tenants.addNote.mutationOptions());
  const errors = formErrorsOf(addNote.error);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get("body") ?? "");
    try {
      await addNote.mutateAsync({ tenantId, body });
    } catch {
      return;
    }
    formRef.current?.reset();
    router.refresh();
  };

  return (
    <form ref={formRef} onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <FormErrors errors={errors?.fieldErrors.body ? null : errors} />
      <FormField name="body" label="New note" errors={errors}>
        <Textarea rows={2} />
      </FormField>
      <div>
        <Button type="submit" variant="secondary" disabled={addNote.isPending}>
          {addNote.isPending ? "Adding…" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
