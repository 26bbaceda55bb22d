import PgBoss from "pg-boss";
import type { Job } from "../define-job";
import { createJobRegistry } from "../jobs";
import { QUEUE_SCHEMA, SCHEDULER_QUEUE } from "../queue/queue-schema";

/** The role the worker and the apps connect as (packages/db migration 0001). */
const APP_ROLE = "aizalo_app";

export interface MigrateJobQueueOptions {
  /** The queues to create or update; every registered job by default. */
  readonly jobs?: readonly Job[];
  readonly log?: (line: string) => void;
}

/**
 * Owner-role setup of the job queue, run after the database migrations (`pnpm db:migrate`,
 * `pnpm dev`): pg-boss creates or upgrades its schema, each job gets its queue with its retry
 * policy, and the app role gets rows (not DDL) in schema `pgboss`. Creating a queue creates a
 * partition table, which is why queues are made here and not by the worker.
 */
export async function migrateJobQueue(
  ownerUrl: string,
  options: MigrateJobQueueOptions = {},
): Promise<void> {
  const jobs = options.jobs ?? createJobRegistry();
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: QUEUE_SCHEMA,
    application_name: "aizalo-jobs-setup",
    migrate: true,
    supervise: false,
    schedule: false,
    max: 1,
  });
  let failure: Error | undefined;
  boss.on("error", (error) => (failure ??= error));
  await boss.start();
  try {
    if (!(await boss.getQueue(SCHEDULER_QUEUE))) await boss.createQueue(SCHEDULER_QUEUE);
    for (const job of jobs) {
      const queue = {
        name: job.name,
        policy: job.policy,
        retryLimit: job.retry.retryLimit,
        retryDelay: job.retry.retryDelaySeconds,
        retryBackoff: job.retry.retryBackoff,
        expireInSeconds: job.timeoutSeconds,
      };
      if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
      else await boss.createQueue(job.name, queue);
    }
    // Every run, so partitions of queues added since are covered too.
    const db = boss.getDb();
    await db.executeSql(`GRANT USAGE ON SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE}`, []);
    await db.executeSql(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${QUEUE_SCHEMA} TO ${APP_ROLE}`,
      [],
    );
  } finally {
    await boss.stop({ graceful: false });
  }
  if (failure) throw failure;
  options.log?.(`job queue ready: ${jobs.length} queues in schema ${QUEUE_SCHEMA}`);
}
