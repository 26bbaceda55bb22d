import { BACKGROUND_TASK_QUEUE, runBackgroundTask } from "@aizalo/api/background-tasks";
import { z } from "zod";
import { defineJob } from "../define-job";

/**
 * Runs one background task (an export, a large import) for the workspace: its units of work
 * are confined to the task's tenant, and the task's row carries its progress and outcome.
 */
export const backgroundTaskRunJob = defineJob({
  name: BACKGROUND_TASK_QUEUE,
  payload: z.object({ taskId: z.uuid(), tenantId: z.uuid() }),
  tenantIdOf: (payload) => payload.tenantId,
  // The runner records failures on the task itself; a retry only helps when even that failed.
  retry: { retryLimit: 2, retryDelaySeconds: 10, retryBackoff: true },
  timeoutSeconds: 15 * 60,
  handler: (payload, context) => runBackgroundTask(context, payload.taskId),
});
