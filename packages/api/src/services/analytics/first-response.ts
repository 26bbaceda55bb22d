import type { ScopedDb } from "@aizalo/db";
import type { Span } from "./lead-conversion";

export interface FirstResponse {
  /** Conversations whose first customer message fell in the range. */
  conversations: number;
  /** Of those, the ones the business (a person or the assistant) has answered. */
  answered: number;
  /** Median wait for that first answer, in seconds; null when none was answered. */
  medianSeconds: number | null;
}

/**
 * First response time, per conversation: from the customer's first message to the first reply
 * sent after it (internal notes are not replies). The median over conversations whose first
 * customer message fell in the range; a reply that came after the range still counts.
 */
export async function firstResponseTime(db: ScopedDb, span: Span): Promise<FirstResponse> {
  const [row] = await db.$queryRaw<FirstResponse[]>`
    WITH first_inbound AS (
      SELECT m.conversation_id, min(m.created_at) AS at
      FROM messages m
      WHERE m.direction = 'inbound' AND NOT m.is_internal_note AND m.created_at < ${span.end}
      GROUP BY m.conversation_id
      HAVING min(m.created_at) >= ${span.start}
    ),
    waits AS (
      SELECT (SELECT min(r.created_at) FROM messages r
          WHERE r.tenant_id = c.tenant_id AND r.conversation_id = f.conversation_id
            AND r.direction = 'outbound' AND NOT r.is_internal_note AND r.created_at >= f.at
        ) - f.at AS wait
      FROM first_inbound f
      JOIN conversations c ON c.id = f.conversation_id AND c.deleted_at IS NULL
    )
    SELECT count(*)::int AS conversations, count(wait)::int AS answered,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM wait)))::float8
        AS "medianSeconds"
    FROM waits`;
  return row ?? { conversations: 0, answered: 0, medianSeconds: null };
}
