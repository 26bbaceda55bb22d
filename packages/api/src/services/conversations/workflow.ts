import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";
import { requireConversation } from "./conversation";

/** Hands the conversation to an active teammate, or to nobody (`null`). */
export async function assignConversation(
  db: ScopedDb,
  input: { conversationId: string; assigneeId: string | null },
) {
  await requireConversation(db, input.conversationId);
  if (input.assigneeId) {
    const teammate = await db.tenantUser.findFirst({
      where: { id: input.assigneeId, isActive: true, passwordHash: { not: null } },
      select: { id: true },
    });
    if (!teammate) throw new NotFoundError("Teammate");
  }
  await db.conversation.updateMany({
    where: { id: input.conversationId },
    data: { assignedTo: input.assigneeId },
  });
  return { id: input.conversationId, assigneeId: input.assigneeId };
}

/** Resolved: nothing left to do. Reopening makes it active again. */
export async function setResolved(
  db: ScopedDb,
  input: { conversationId: string; resolved: boolean },
) {
  await requireConversation(db, input.conversationId);
  const status = input.resolved ? "resolved" : "active";
  await db.conversation.updateMany({
    where: { id: input.conversationId },
    data: { status, resolvedAt: input.resolved ? new Date() : null },
  });
  return { id: input.conversationId, status } as const;
}

/**
 * Opening a conversation reads it for the team: its unread count goes to zero (a no-op when
 * already zero). The count is the team's queue of customer messages nobody has looked at, so
 * only the business's own people who can answer consume it: Aizalo's owner looking in through
 * "login as tenant" leaves it (`readByTeam: false`), as does a viewer (refused at the builder).
 */
export async function markRead(
  db: ScopedDb,
  conversationId: string,
  { readByTeam }: { readByTeam: boolean },
) {
  const conversation = await requireConversation(db, conversationId);
  if (!readByTeam) return { id: conversationId, unreadCount: conversation.unreadCount };
  if (conversation.unreadCount > 0) {
    await db.conversation.updateMany({
      where: { id: conversationId, unreadCount: { gt: 0 } },
      data: { unreadCount: 0 },
    });
  }
  return { id: conversationId, unreadCount: 0 };
}

/** Teammates a conversation can be assigned to. */
export function listAssignableTeammates(db: ScopedDb) {
  return db.tenantUser.findMany({
    // Invited people who have not accepted yet cannot sign in to answer.
    where: { isActive: true, passwordHash: { not: null } },
    orderBy: { fullName: "asc" },
    select: { id: true, fullName: true, role: true },
  });
}
