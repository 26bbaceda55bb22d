import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";
import { customerDisplayName } from "./customer-name";

/** The conversation's header and customer panel; messages come page by page (messages.ts). */
export async function getConversation(db: ScopedDb, conversationId: string) {
  const row = await db.conversation.findFirst({
    where: { id: conversationId },
    select: {
      id: true,
      channel: true,
      status: true,
      unreadCount: true,
      lastMessageAt: true,
      createdAt: true,
      resolvedAt: true,
      whatsappWindowExpiresAt: true,
      customer: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          phone: true,
          email: true,
          tags: true,
          languagePreference: true,
        },
      },
      assignedToUser: { select: { id: true, fullName: true } },
    },
  });
  if (!row) throw new NotFoundError("Conversation");
  const { customer, assignedToUser, ...conversation } = row;
  return {
    ...conversation,
    customer: {
      id: customer.id,
      name: customerDisplayName(customer),
      phone: customer.phone,
      email: customer.email,
      tags: customer.tags,
      language: customer.languagePreference,
    },
    assignee: assignedToUser,
  };
}

/** Throws NotFoundError unless the conversation is the tenant's (RLS hides other tenants'). */
export async function requireConversation(db: ScopedDb, conversationId: string) {
  const row = await db.conversation.findFirst({
    where: { id: conversationId },
    select: { id: true, channel: true, status: true, unreadCount: true },
  });
  if (!row) throw new NotFoundError("Conversation");
  return row;
}
