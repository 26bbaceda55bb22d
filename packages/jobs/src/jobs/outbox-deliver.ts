import { z } from "zod";
import { defineJob, type Job } from "../define-job";
import { claimDueMessages } from "../outbox/claim-due-messages";
import type { OutboxSender } from "../outbox/outbox-sender";
import { recordOutcomes, type DeliveryOutcome } from "../outbox/record-outcomes";

export const OUTBOX_DELIVER_JOB = "outbox.deliver";

/** Messages per claim; a run keeps claiming until the outbox has nothing due. */
const BATCH_SIZE = 50;

export interface OutboxDeliverOptions {
  readonly send: OutboxSender;
  /** Attempts per message before it is marked failed. */
  readonly maxAttempts?: number;
}

/**
 * Sends what units of work left in the outbox: claim (one unit of work), hand each message to
 * its channel with no transaction open, record the outcomes (another). Every minute, and at
 * once when a flow calls `sendOutboxNow()`.
 */
export function outboxDeliverJob(options: OutboxDeliverOptions): Job<Record<string, never>> {
  const maxAttempts = options.maxAttempts ?? 5;
  return defineJob({
    name: OUTBOX_DELIVER_JOB,
    payload: z.object({}).strict(),
    schedule: "* * * * *",
    policy: "stately",
    async handler(_payload, { runUnitOfWork, log }) {
      for (;;) {
        const due = await runUnitOfWork((db) => claimDueMessages(db, BATCH_SIZE));
        if (due.length === 0) return;
        const outcomes: DeliveryOutcome[] = [];
        for (const message of due) {
          try {
            await options.send(message, log);
            outcomes.push({ message, sent: true });
          } catch (error) {
            outcomes.push({ message, sent: false, error: describe(error) });
          }
        }
        const counts = await runUnitOfWork((db) =>
          recordOutcomes(db, outcomes, { maxAttempts, source: `job:${OUTBOX_DELIVER_JOB}` }),
        );
        log.info(counts, "outbox batch delivered");
        if (due.length < BATCH_SIZE) return;
      }
    },
  });
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
