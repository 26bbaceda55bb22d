import { readJobsEnv } from "../env";
import { createQueueClient, type QueueClient } from "./queue-client";

const globalForJobs = globalThis as typeof globalThis & { aizaloJobSender?: Promise<QueueClient> };

/**
 * The process's enqueue-only pg-boss client on the app role, started on first use. Cached on
 * globalThis so Next's hot reload does not open a pool per edit.
 */
export function getJobSender(): Promise<QueueClient> {
  globalForJobs.aizaloJobSender ??= (async () => {
    const client = createQueueClient(readJobsEnv().appUrl, "sender");
    client.on("error", () => {}); // a dropped idle connection is replaced on next use
    return client.start();
  })().catch((error: unknown) => {
    globalForJobs.aizaloJobSender = undefined;
    throw error;
  });
  return globalForJobs.aizaloJobSender;
}
