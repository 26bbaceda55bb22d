import type { ScopedDb } from "@aizalo/db";
import type { OutboxDelivery } from "./outbox-sender";

/** How long a claimed message stays hidden from other runs: a crashed run's messages come back. */
const CLAIM_LEASE = "5 minutes";

interface ClaimedRow {
  id: string;
  tenant_id: string | null;
  channel: OutboxDelivery["channel"];
  recipient: string;
  kind: string;
  payload: unknown;
  attempts: number;
}

/**
 * Takes up to `limit` pending messages that are due, counts the attempt and leases them, in one
 * statement: SKIP LOCKED lets two workers share the outbox without sending a message twice.
 */
export async function claimDueMessages(db: ScopedDb, limit: number): Promise<OutboxDelivery[]> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox_messages
    SET attempts = attempts + 1, next_attempt_at = now() + ${CLAIM_LEASE}::interval
    WHERE id IN (
      SELECT id FROM outbox_messages
      WHERE status = 'pending' AND next_attempt_at <= now()
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, tenant_id, channel, recipient, kind, payload, attempts`;
  return rows.map((row) => ({
    id: row.id,
    tenantId: row.tenant_id,
    channel: row.channel,
    recipient: row.recipient,
    kind: row.kind,
    payload: isRecord(row.payload) ? row.payload : {},
    attempt: row.attempts,
  }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
