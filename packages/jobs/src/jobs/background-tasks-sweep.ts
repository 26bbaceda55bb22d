import { expireBackgroundTasks, forgottenTasks } from "@aizalo/api/background-tasks";
import { z } from "zod";
import { defineJob } from "../define-job";
import { enqueueJob } from "../queue/enqueue";
import { getJobSender } from "../queue/job-sender";
import { backgroundTaskRunJob } from "./background-task-run";

/**
 * Tends the background tasks every minute: removes those past their expiry (an export's
 * archive goes with its task after seven days), ends stalled ones as failed, and hands the
 * worker any queued task whose request could not reach the queue.
 */
export function backgroundTasksSweepJob(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  return defineJob({
    name: "background-tasks.sweep",
    payload: z.object({}).strict(),
    schedule: "* * * * *",
    policy: "stately",
    async handler(_payload, { runUnitOfWork, log }) {
      const at = now();
      const { expired, forgotten } = await runUnitOfWork(async (db) => ({
        expired: await expireBackgroundTasks(db, at),
        forgotten: await forgottenTasks(db, new Date(at.getTime() - 30_000)),
      }));
      if (forgotten.length > 0) {
        const queue = await getJobSender();
        for (const task of forgotten) {
          await enqueueJob(queue, backgroundTaskRunJob, {
            taskId: task.id,
            tenantId: task.tenantId,
          });
        }
      }
      log.info({ ...expired, resent: forgotten.length }, "background tasks tended");
    },
  });
}
