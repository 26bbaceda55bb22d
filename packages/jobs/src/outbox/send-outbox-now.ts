import { OUTBOX_DELIVER_JOB } from "../jobs/outbox-deliver";
import { getJobSender } from "../queue/job-sender";
import type { QueueClient } from "../queue/queue-client";

/**
 * Asks the worker to deliver the outbox now instead of at the next minute. Call it after the
 * unit of work that wrote the messages has committed (before, the worker could not see them).
 * Several calls in a row queue one run.
 */
export async function sendOutboxNow(queue?: QueueClient): Promise<void> {
  await (queue ?? (await getJobSender())).send(OUTBOX_DELIVER_JOB, {});
}
