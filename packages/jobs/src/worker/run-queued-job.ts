import type { Database } from "@aizalo/db";
import type PgBoss from "pg-boss";
import type { Job } from "../define-job";
import type { Logger } from "../logger";
import { recordJobFailure } from "./record-job-failure";

/**
 * One attempt of one queued job. Throwing hands the job back to pg-boss, which retries it with
 * the queue's backoff or, on the last attempt, marks it failed; that last failure is also
 * written to system_logs.
 */
export async function runQueuedJob(
  job: Job,
  queued: PgBoss.JobWithMetadata,
  tools: { database: Database; log: Logger },
): Promise<void> {
  const attempt = queued.retryCount + 1;
  const log = tools.log.child({ job: job.name, jobId: queued.id, attempt });
  const started = performance.now();
  try {
    await job.run(queued.data, { database: tools.database, log });
    log.debug({ ms: Math.round(performance.now() - started) }, "job done");
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (queued.retryCount < queued.retryLimit) {
      log.warn({ err: error }, "job failed, will retry");
      throw error;
    }
    log.error({ err: error }, "job failed for good");
    await recordJobFailure(tools.database, job, {
      jobId: queued.id,
      attempts: attempt,
      error: message,
    }).catch((logError: unknown) => log.error({ err: logError }, "could not record the failure"));
    throw error;
  }
}
