"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button, cn, Label, Textarea } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";

type Mode = "reply" | "note";

/**
 * Writes to the customer (stored as queued for the channel layer) or a note for the team only.
 * Ctrl/Cmd+Enter sends. Errors show under the box; the text stays until it is saved.
 */
export function ReplyComposer({
  conversationId,
  customerName,
}: {
  conversationId: string;
  customerName: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>("reply");
  const [text, setText] = useState("");
  const fieldId = useId();
  const errorId = `${fieldId}-error`;
  const options = {
    onSuccess: () => {
      setText("");
      void queryClient.invalidateQueries(trpc.tenant.conversations.pathFilter());
    },
  };
  const reply = useMutation(trpc.tenant.conversations.reply.mutationOptions(options));
  const note = useMutation(trpc.tenant.conversations.addNote.mutationOptions(options));
  const active = mode === "reply" ? reply : note;
  const error =
    active.error?.data?.validation?.fieldErrors.text?.[0] ?? active.error?.message ?? null;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (active.isPending) return;
    active.mutate({ conversationId, text });
  }

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-2 rounded-xl border border-border bg-surface p-3"
    >
      <div role="radiogroup" aria-label="Write" className="flex gap-1">
        {(["reply", "note"] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={mode === choice}
            onClick={() => setMode(choice)}
            className={cn(
              "h-8 rounded-full px-3 text-sm",
              mode === choice
                ? choice === "note"
                  ? "bg-amber-100 font-medium text-amber-900"
                  : "bg-primary/10 font-medium text-primary"
                : "text-muted-foreground hover:bg-surface-muted",
            )}
          >
            {choice === "reply" ? "Reply" : "Internal note"}
          </button>
        ))}
      </div>
      <Label htmlFor={fieldId} className="sr-only">
        {mode === "reply" ? `Reply to ${customerName}` : "Internal note for the team"}
      </Label>
      <Textarea
        id={fieldId}
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) submit();
        }}
        placeholder={mode === "reply" ? `Reply to ${customerName}…` : "Only your team sees notes…"}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={cn(mode === "note" && "bg-amber-50/60")}
      />
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs text-muted-foreground">
          {mode === "reply"
            ? "Queued and sent on the conversation's channel."
            : "Not sent to the customer."}
        </p>
        <Button type="submit" disabled={active.isPending}>
          {active.isPending ? "Saving…" : mode === "reply" ? "Send reply" : "Add note"}
        </Button>
      </div>
    </form>
  );
}
