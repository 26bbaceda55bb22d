import type { ScopedDb } from "@aizalo/db";
import type { TenantSessionClaims } from "../../auth/session";
import { ForbiddenError } from "../../errors";
import { requireConversation } from "./conversation";
import { MESSAGE_SELECT, platformAuthorNames, toMessageView } from "./messages";

/**
 * A reply to the customer, on the conversation's channel. It is stored `queued`: the channel
 * layer sends it later, outside any unit of work. Replying counts as reading the conversation.
 */
export async function replyToCustomer(
  db: ScopedDb,
  session: TenantSessionClaims,
  input: { conversationId: string; text: string },
) {
  const conversation = await requireConversation(db, input.conversationId);
  const message = await db.message.create({
    data: {
      conversationId: conversation.id,
      direction: "outbound",
      channel: conversation.channel,
      content: input.text,
      status: "queued",
      // The platform owner "logged in as" the business has no teammate row to point at: the
      // database signs their message with platform_author_id instead (migration 0021).
      authorId: session.impersonatorId ? null : session.userId,
    },
    select: MESSAGE_SELECT,
  });
  await db.conversation.updateMany({
    where: { id: conversation.id },
    data: { lastMessageAt: message.createdAt, unreadCount: 0 },
  });
  return toMessageView(message, await platformAuthorNames(db, [message]));
}

/** A note for the team, never sent: no delivery status, and the conversation's activity stays. */
export async function addInternalNote(
  db: ScopedDb,
  session: TenantSessionClaims,
  input: { conversationId: string; text: string },
) {
  if (session.impersonatorId) {
    throw new ForbiddenError("Notes are signed by a teammate: sign in as one of the team");
  }
  const conversation = await requireConversation(db, input.conversationId);
  const message = await db.message.create({
    data: {
      conversationId: conversation.id,
      direction: "outbound",
      channel: conversation.channel,
      content: input.text,
      status: null,
      isInternalNote: true,
      authorId: session.userId,
    },
    select: MESSAGE_SELECT,
  });
  return toMessageView(message, new Map());
}
