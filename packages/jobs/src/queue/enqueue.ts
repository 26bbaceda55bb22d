import type { Job } from "../define-job";
import type { QueueClient } from "./queue-client";

/**
 * Queues one run of `job`. The payload is validated here, so a malformed request fails in the
 * caller instead of retrying in the worker. Null when a "stately" job already has a run waiting
 * (that run will do the work).
 */
export async function enqueueJob<Payload extends object>(
  queue: QueueClient,
  job: Job<Payload>,
  payload: Payload,
): Promise<string | null> {
  return queue.send(job.name, job.payload.parse(payload));
}
