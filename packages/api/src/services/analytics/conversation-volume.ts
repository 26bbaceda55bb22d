import type { ScopedDb } from "@aizalo/db";
import type { Bucket } from "./calendar";
import type { Span } from "./lead-conversion";

export interface ChannelCount {
  /** First day of the period, business time ("2026-11-02"). */
  period: string;
  channel: string;
  conversations: number;
}

/**
 * Conversations per period and channel: those with at least one message (internal notes aside)
 * in the period, business time. A conversation that runs over three days counts on each.
 */
export function conversationsByChannel(
  db: ScopedDb,
  span: Span,
  bucket: Bucket,
  zone: string,
): Promise<ChannelCount[]> {
  return db.$queryRaw<ChannelCount[]>`
    SELECT to_char(date_trunc(${bucket}, m.created_at AT TIME ZONE ${zone}), 'YYYY-MM-DD') AS period,
      m.channel::text AS channel, count(DISTINCT m.conversation_id)::int AS conversations
    FROM messages m
    JOIN conversations c ON c.tenant_id = m.tenant_id AND c.id = m.conversation_id
    WHERE c.deleted_at IS NULL AND NOT m.is_internal_note
      AND m.created_at >= ${span.start} AND m.created_at < ${span.end}
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}
