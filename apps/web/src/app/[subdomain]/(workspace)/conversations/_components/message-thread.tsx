"use client";

import { cn } from "@aizalo/ui";
import { CHANNEL_LABELS, DELIVERY_LABELS, fullTime, type InboxChannel } from "./inbox-words";

export interface ThreadMessage {
  id: string;
  direction: "inbound" | "outbound";
  channel: string;
  content: string;
  status: keyof typeof DELIVERY_LABELS | null;
  isInternalNote: boolean;
  failureReason: string | null;
  createdAt: Date;
  sender: "customer" | "team" | "platform" | "assistant";
  author: { id: string; fullName: string } | null;
}

function senderName(message: ThreadMessage, customerName: string): string {
  if (message.sender === "customer") return customerName;
  if (message.sender === "assistant") return "Assistant";
  // Aizalo's owner, working in the business through "login as tenant" with changes allowed.
  if (message.sender === "platform") return `Aizalo staff · ${message.author?.fullName ?? ""}`;
  return message.author?.fullName ?? "Team";
}

/** The conversation, oldest first: customer on the left, the business on the right, notes apart. */
export function MessageThread({
  messages,
  customerName,
}: {
  messages: readonly ThreadMessage[];
  customerName: string;
}) {
  return (
    <ol aria-label="Messages" className="flex flex-col gap-3">
      {messages.map((message) => {
        const inbound = message.direction === "inbound";
        const note = message.isInternalNote;
        return (
          <li
            key={message.id}
            className={cn("flex flex-col gap-1", inbound ? "items-start" : "items-end")}
          >
            <div
              className={cn(
                "max-w-[85%] rounded-2xl px-3 py-2 text-sm whitespace-pre-wrap break-words",
                inbound && "rounded-bl-sm bg-surface-muted text-foreground",
                !inbound && !note && "rounded-br-sm bg-primary text-primary-foreground",
                note &&
                  "rounded-br-sm border border-dashed border-amber-600/40 bg-amber-50 text-amber-900",
              )}
            >
              {note ? (
                <span className="mb-1 block text-xs font-semibold uppercase tracking-wide">
                  Internal note · not sent
                </span>
              ) : null}
              {message.content}
            </div>
            <p className="flex flex-wrap gap-x-1.5 text-xs text-muted-foreground">
              <span>{senderName(message, customerName)}</span>
              <span aria-hidden="true">·</span>
              <time dateTime={message.createdAt.toISOString()}>{fullTime(message.createdAt)}</time>
              {!note ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>{CHANNEL_LABELS[message.channel as InboxChannel] ?? message.channel}</span>
                </>
              ) : null}
              {message.status ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span
                    className={cn(message.status === "failed" && "font-medium text-danger")}
                    title={message.failureReason ?? undefined}
                  >
                    {DELIVERY_LABELS[message.status]}
                  </span>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
