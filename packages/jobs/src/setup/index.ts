// Owner-role entry point for `pnpm dev` and `pnpm db:migrate`. Never imported by the apps.
export { migrateJobQueue, type MigrateJobQueueOptions } from "./migrate-job-queue";
