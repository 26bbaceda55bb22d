/** The PostgreSQL schema pg-boss keeps its tables in: created by the owner role, used by the app. */
export const QUEUE_SCHEMA = "pgboss";

/**
 * pg-boss's own queue for cron schedules. Its worker creates it on start when missing, which is
 * DDL the app role may not run, so the setup step creates it as the owner beforehand.
 */
export const SCHEDULER_QUEUE = "__pgboss__send-it";
