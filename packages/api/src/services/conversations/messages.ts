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
  platformAuthorId: true,
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
  const staffNames = await platformAuthorNames(db, items);
  return {
    items: items.map((row) => toMessageView(row, staffNames)),
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
  platformAuthorId: string | null;
};

/**
 * Names of the Aizalo staff who wrote some of `rows` while "logged in as" the business. The
 * business's people cannot read platform_users; app.message_platform_authors (migration 0021)
 * gives them these names only. No query when no such message is on the page.
 */
export async function platformAuthorNames(
  db: ScopedDb,
  rows: readonly Pick<MessageRow, "platformAuthorId">[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((row) => row.platformAuthorId ?? []))];
  if (ids.length === 0) return new Map();
  const found = await db.$queryRaw<{ id: string; full_name: string }[]>`
    SELECT id, full_name FROM app.message_platform_authors(${ids}::uuid[])`;
  return new Map(found.map((row) => [row.id, row.full_name]));
}

export type Sender = "customer" | "team" | "platform" | "assistant";
export type MessageView = Omit<MessageRow, "platformAuthorId"> & { sender: Sender };

/**
 * Who wrote it, in the inbox's words: the customer, a teammate, Aizalo's staff (working in the
 * business through "login as tenant"), or the assistant. `author` names the teammate or staff.
 */
export function toMessageView(
  row: MessageRow,
  staffNames: ReadonlyMap<string, string>,
): MessageView {
  const { platformAuthorId, ...message } = row;
  if (row.direction === "inbound") return { ...message, sender: "customer" };
  if (row.author) return { ...message, sender: "team" };
  if (platformAuthorId) {
    const fullName = staffNames.get(platformAuthorId) ?? "Aizalo staff";
    return { ...message, sender: "platform", author: { id: platformAuthorId, fullName } };
  }
  return { ...message, sender: "assistant" };
}
