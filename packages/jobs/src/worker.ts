/**
 * The worker process: `pnpm worker` (production), started beside the apps by `pnpm dev`. It runs
 * every registered job as the app role; `pnpm db:migrate` must have set up the queue first.
 */
import { getDatabase } from "@aizalo/db";
import { readJobsEnv } from "./env";
import { createJobRegistry } from "./jobs";
import { createLogger } from "./logger";
import { logSender } from "./outbox/log-sender";
import { startWorker } from "./worker/start-worker";

const env = readJobsEnv();
const log = createLogger(env.LOG_LEVEL);
const database = getDatabase();

const worker = await startWorker({
  appUrl: env.appUrl,
  database,
  jobs: createJobRegistry({
    outboxSender: logSender({ showLinks: env.NODE_ENV !== "production" }),
  }),
  log,
}).catch((error: unknown) => {
  log.fatal({ err: error }, "worker could not start (has `pnpm db:migrate` run?)");
  process.exit(1);
});

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "worker stopping: finishing running jobs");
    void worker
      .stop()
      .then(() => database.disconnect())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, "worker did not stop cleanly");
          process.exit(1);
        },
      );
  });
}
