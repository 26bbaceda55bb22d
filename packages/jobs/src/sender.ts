// The enqueue side alone, for the web app: no worker, no job handlers in its bundle.
export { getJobSender } from "./queue/job-sender";
export type { QueueClient } from "./queue/queue-client";
