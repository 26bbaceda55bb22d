import type { Database } from "@aizalo/db";
import type PgBoss from "pg-boss";
import type { Job } from "../define-job";
import type { Logger } from "../logger";
import { createQueueClient } from "../queue/queue-client";
import { runQueuedJob } from "./run-queued-job";

export interface WorkerOptions {
  /** The app role's URL, for pg-boss. */
  readonly appUrl: string;
  /** Where jobs run their units of work (the app role's pool). */
  readonly database: Database;
  readonly jobs: readonly Job[];
  readonly log: Logger;
  /** How often an idle queue is asked for work; pg-boss's minimum is 0.5 s. */
  readonly pollingIntervalSeconds?: number;
  /** Put the jobs' cron schedules in place (off in tests that enqueue by hand). */
  readonly schedules?: boolean;
}

export interface RunningWorker {
  /** Stops fetching, lets running jobs finish (up to `timeoutMs`), closes the queue's pool. */
  stop(timeoutMs?: number): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { database, log } = options;
  const boss = createQueueClient(options.appUrl, "worker");
  boss.on("error", (error) => log.error({ err: error }, "job queue error"));
  await boss.start();
  try {
    for (const job of options.jobs) {
      await boss.work(
        job.name,
        {
          includeMetadata: true,
          batchSize: 1,
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        },
        async ([queued]: PgBoss.JobWithMetadata[]) => {
          if (queued) await runQueuedJob(job, queued, { database, log });
        },
      );
    }
    if (options.schedules ?? true) await syncSchedules(boss, options.jobs);
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  log.info({ jobs: options.jobs.map((job) => job.name) }, "worker started");
  return {
    stop: (timeoutMs = 20_000) => boss.stop({ graceful: true, timeout: timeoutMs }),
  };
}

/** Schedules as the registry says: a job that lost its schedule stops being enqueued. */
async function syncSchedules(
  boss: ReturnType<typeof createQueueClient>,
  jobs: readonly Job[],
): Promise<void> {
  const wanted = new Map(jobs.flatMap((job) => (job.schedule ? [[job.name, job.schedule]] : [])));
  for (const existing of await boss.getSchedules()) {
    if (!wanted.has(existing.name)) await boss.unschedule(existing.name);
  }
  for (const [name, cron] of wanted) await boss.schedule(name, cron, {}, { tz: "UTC" });
}
