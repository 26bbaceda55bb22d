import type { ScopedDb } from "@aizalo/db";
import type { OutboxDelivery } from "./outbox-sender";

export type DeliveryOutcome =
  | { readonly message: OutboxDelivery; readonly sent: true }
  | { readonly message: OutboxDelivery; readonly sent: false; readonly error: string };

/** A failed message waits 1, 2, 4, ... minutes before its next attempt (at most an hour). */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000 * 2 ** (attempt - 1), 3_600_000);
}

/**
 * Writes what happened to each claimed message: sent, due again later, or failed for good
 * after `maxAttempts` (with an error line in system_logs, so the end is visible to staff).
 */
export async function recordOutcomes(
  db: ScopedDb,
  outcomes: readonly DeliveryOutcome[],
  options: { maxAttempts: number; source: string },
): Promise<{ sent: number; retrying: number; failed: number }> {
  const now = new Date();
  const sentIds = outcomes.filter((o) => o.sent).map((o) => o.message.id);
  if (sentIds.length > 0) {
    await db.outboxMessage.updateMany({
      where: { id: { in: sentIds }, status: "pending" },
      data: { status: "sent", sentAt: now, lastError: null },
    });
  }
  let failed = 0;
  for (const outcome of outcomes) {
    if (outcome.sent) continue;
    const { message, error } = outcome;
    const final = message.attempt >= options.maxAttempts;
    await db.outboxMessage.updateMany({
      where: { id: message.id, status: "pending" },
      data: final
        ? { status: "failed", lastError: error }
        : {
            lastError: error,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempt)),
          },
    });
    if (!final) continue;
    failed += 1;
    // No recipient here: system_logs is read by all platform staff, the row id leads to it.
    await db.systemLog.createMany({
      data: [
        {
          level: "error",
          source: options.source,
          message: `outbox message ${message.id} (${message.kind} by ${message.channel}) failed after ${message.attempt} attempts: ${error}`,
          metadata: { outboxMessageId: message.id, kind: message.kind, channel: message.channel },
          tenantId: message.tenantId,
        },
      ],
    });
  }
  return { sent: sentIds.length, retrying: outcomes.length - sentIds.length - failed, failed };
}
