import type { Prisma, ScopedDb } from "@aizalo/db";
import type { Channel, ConversationStatus } from "./vocabulary";
import { customerDisplayName } from "./customer-name";

export interface InboxFilter {
  status?: ConversationStatus | undefined;
  channel?: Channel | undefined;
  /** "me": the signed-in person's; "unassigned": nobody's; otherwise a teammate's id. */
  assignee?: "me" | "unassigned" | (string & {}) | undefined;
  page: number;
  pageSize: number;
}

/**
 * One page of the inbox, newest activity first, with per-status totals for the tabs (under the
 * same channel and assignee filters) and a short preview of each conversation's last message.
 */
export async function listInbox(db: ScopedDb, userId: string, filter: InboxFilter) {
  const scope: Prisma.ConversationWhereInput = {
    ...(filter.channel && { channel: filter.channel }),
    ...(filter.assignee === "me" && { assignedTo: userId }),
    ...(filter.assignee === "unassigned" && { assignedTo: null }),
    ...(filter.assignee &&
      filter.assignee !== "me" &&
      filter.assignee !== "unassigned" && { assignedTo: filter.assignee }),
  };
  const where = { ...scope, ...(filter.status && { status: filter.status }) };
  const [rows, total, byStatus] = await Promise.all([
    db.conversation.findMany({
      where,
      orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
      select: {
        id: true,
        channel: true,
        status: true,
        unreadCount: true,
        lastMessageAt: true,
        createdAt: true,
        customer: { select: { id: true, firstName: true, lastName: true, phone: true } },
        assignedToUser: { select: { id: true, fullName: true } },
      },
    }),
    db.conversation.count({ where }),
    db.conversation.groupBy({
      by: ["status"],
      where: scope,
      _count: { _all: true },
      _sum: { unreadCount: true },
      orderBy: { status: "asc" },
    }),
  ]);
  const previews = await lastMessagePreviews(
    db,
    rows.map((row) => row.id),
  );

  const statusCounts = { active: 0, waiting: 0, resolved: 0, abandoned: 0 };
  let unreadTotal = 0;
  for (const group of byStatus) {
    statusCounts[group.status] = group._count._all;
    unreadTotal += group._sum.unreadCount ?? 0;
  }
  return {
    items: rows.map((row) => ({
      id: row.id,
      channel: row.channel,
      status: row.status,
      unreadCount: row.unreadCount,
      lastActivityAt: row.lastMessageAt ?? row.createdAt,
      customer: { id: row.customer.id, name: customerDisplayName(row.customer) },
      assignee: row.assignedToUser,
      preview: previews.get(row.id) ?? null,
    })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
    pageCount: Math.max(1, Math.ceil(total / filter.pageSize)),
    statusCounts,
    unreadTotal,
  };
}

interface PreviewRow {
  conversation_id: string;
  direction: "inbound" | "outbound";
  text: string;
}

/**
 * The last message the customer saw or sent (internal notes excluded), trimmed for the list.
 * One indexed lookup per conversation (LATERAL ... LIMIT 1), however long the conversations
 * are. Raw SQL passes no query extension, but RLS scopes it to the unit of work's tenant.
 */
async function lastMessagePreviews(db: ScopedDb, conversationIds: readonly string[]) {
  const previews = new Map<string, { direction: "inbound" | "outbound"; text: string }>();
  if (conversationIds.length === 0) return previews;
  const rows = await db.$queryRaw<PreviewRow[]>`
    SELECT c.id AS conversation_id, m.direction::text AS direction, left(m.content, 140) AS text
    FROM unnest(${conversationIds}::uuid[]) AS c (id)
    CROSS JOIN LATERAL (
      SELECT direction, content FROM messages
      WHERE tenant_id = (SELECT app.current_tenant_id()) AND conversation_id = c.id
        AND NOT is_internal_note
      ORDER BY created_at DESC
      LIMIT 1
    ) AS m`;
  for (const row of rows) {
    previews.set(row.conversation_id, { direction: row.direction, text: row.text });
  }
  return previews;
}
