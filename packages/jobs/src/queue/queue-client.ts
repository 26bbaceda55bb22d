import PgBoss from "pg-boss";
import { QUEUE_SCHEMA } from "./queue-schema";

export type QueueClient = PgBoss;

/**
 * A pg-boss client on the app role. It never migrates (the owner's setup step does, see
 * setup/migrate-job-queue.ts): the app role has rows, not DDL, in schema `pgboss`.
 * A "worker" also runs pg-boss's maintenance and cron scheduler; a "sender" (the web app,
 * scripts) only enqueues.
 */
export function createQueueClient(appUrl: string, mode: "worker" | "sender"): QueueClient {
  return new PgBoss({
    connectionString: appUrl,
    schema: QUEUE_SCHEMA,
    application_name: `aizalo-jobs-${mode}`,
    migrate: false,
    supervise: mode === "worker",
    schedule: mode === "worker",
    // Polling, maintenance and a few handlers at a time; units of work use @aizalo/db's pool.
    max: mode === "worker" ? 4 : 2,
  });
}
