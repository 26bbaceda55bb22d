"use client";

import { useState, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  FormErrors,
  FormField,
  Input,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { formErrorsOf } from "../customers/_components/trpc-errors";
import { STAGE_LABELS, type Stage } from "./lead-stages";

export interface PendingMove {
  id: string;
  contactName: string;
  stage: Stage;
  value: string | null;
}

/**
 * Moving a lead: most stages move at once; "won" first asks what the sale was worth and when
 * (the lead's value and today by default), "lost" asks why (optional).
 */
export function useMoveLead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const move = useMutation(trpc.tenant.leads.move.mutationOptions());
  const [pending, setPending] = useState<PendingMove | null>(null);

  async function run(input: {
    id: string;
    stage: Stage;
    conversionValue?: string;
    convertedAt?: Date;
    lostReason?: string;
  }) {
    await move.mutateAsync(input);
    await queryClient.invalidateQueries({ queryKey: trpc.tenant.leads.pathKey() });
    toast.success(`Moved to ${STAGE_LABELS[input.stage]}`);
  }

  function request(target: PendingMove) {
    if (target.stage === "won" || target.stage === "lost") {
      move.reset();
      setPending(target);
      return;
    }
    run({ id: target.id, stage: target.stage }).catch(() =>
      toast.error("The lead could not be moved."),
    );
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    try {
      if (pending.stage === "won") {
        const day = text("convertedAt");
        await run({
          id: pending.id,
          stage: "won",
          conversionValue: text("conversionValue"),
          ...(day && { convertedAt: new Date(`${day}T12:00:00`) }),
        });
      } else {
        await run({ id: pending.id, stage: "lost", lostReason: text("lostReason") });
      }
      setPending(null);
    } catch {
      // Shown in the dialog.
    }
  }

  const errors = formErrorsOf(move.error);
  const dialog = (
    <Dialog open={pending !== null} onOpenChange={(open) => !open && setPending(null)}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>
            {pending?.stage === "won"
              ? `Won: ${pending.contactName}`
              : `Lost: ${pending?.contactName ?? ""}`}
          </DialogTitle>
          <DialogDescription>
            {pending?.stage === "won"
              ? "Record what the sale was worth and when it was won."
              : "Why was it lost? It helps the next one."}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={confirm} className="flex flex-col gap-4" noValidate>
          <FormErrors errors={errors} />
          {pending?.stage === "won" ? (
            <>
              <FormField name="conversionValue" label="Sale value" errors={errors} required>
                <Input inputMode="decimal" defaultValue={pending.value ?? ""} />
              </FormField>
              <FormField name="convertedAt" label="Won on" errors={errors}>
                <Input type="date" defaultValue={new Date().toISOString().slice(0, 10)} />
              </FormField>
            </>
          ) : (
            <FormField name="lostReason" label="Reason" errors={errors}>
              <Input placeholder="Price, timing, went elsewhere…" />
            </FormField>
          )}
          <DialogFooter>
            <Button variant="secondary" onClick={() => setPending(null)}>
              Cancel
            </Button>
            <Button type="submit" disabled={move.isPending}>
              {move.isPending
                ? "Saving…"
                : pending?.stage === "won"
                  ? "Mark as won"
                  : "Mark as lost"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );

  return { request, dialog, moving: move.isPending };
}
