import type { ScopedDb } from "@aizalo/db";
import { requireConversation } from "./conversation";

export const MESSAGE_SELECT = {
  id: true,
  direction: true,
  channel: true,
  content: true,
  status: true,
  isInternalNote: true,
  failureReason: true,
  createdAt: true,
  author: { select: { id: true, fullName: true } },
} as const;

/**
 * A page of a conversation's messages, newest first, and the cursor of the next (older) page.
 * Internal notes are included: only the team reads this.
 */
export async function listMessages(
  db: ScopedDb,
  input: { conversationId: string; cursor?: string | undefined; limit: number },
) {
  await requireConversation(db, input.conversationId);
  const rows = await db.message.findMany({
    where: { conversationId: input.conversationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor && { cursor: { id: input.cursor }, skip: 1 }),
    select: MESSAGE_SELECT,
  });
  const hasMore = rows.length > input.limit;
  const items = hasMore ? rows.slice(0, input.limit) : rows;
  return {
    items: items.map(toMessageView),
    nextCursor: hasMore ? (items.at(-1)?.id ?? null) : null,
  };
}

type MessageRow = {
  id: string;
  direction: "inbound" | "outbound";
  channel: string;
  content: string;
  status: "queued" | "sent" | "delivered" | "read" | "failed" | null;
  isInternalNote: boolean;
  failureReason: string | null;
  createdAt: Date;
  author: { id: string; fullName: string } | null;
};

/** Who wrote it, in the inbox's words: the customer, the assistant, or a teammate. */
export function toMessageView(row: MessageRow) {
  const sender =
    row.direction === "inbound" ? "customer" : row.author ? "team" : ("assistant" as const);
  return { ...row, sender: sender as "customer" | "team" | "assistant" };
}
