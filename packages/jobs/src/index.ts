// The job queue as the apps and scripts see it: enqueue work, wake the outbox. The worker
// process itself starts from ./worker.ts; the owner-role setup lives in ./setup.
export {
  DEFAULT_RETRY,
  defineJob,
  type Job,
  type JobContext,
  type JobDefinition,
  type RetryPolicy,
} from "./define-job";
export { createJobRegistry, type JobRegistryOptions } from "./jobs";
export { OUTBOX_DELIVER_JOB } from "./jobs/outbox-deliver";
export type { OutboxDelivery, OutboxSender } from "./outbox/outbox-sender";
export { sendOutboxNow } from "./outbox/send-outbox-now";
export { enqueueJob } from "./queue/enqueue";
export { getJobSender } from "./queue/job-sender";
export type { QueueClient } from "./queue/queue-client";
export { startWorker, type RunningWorker, type WorkerOptions } from "./worker/start-worker";
