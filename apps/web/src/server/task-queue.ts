import "server-only";
import { BACKGROUND_TASK_QUEUE, type TaskQueue } from "@aizalo/api/background-tasks";
import { getJobSender } from "@aizalo/jobs/sender";

/**
 * Hands a committed background task (an export, a large import) to the worker through pg-boss,
 * on the app role. Should the queue be unreachable, the worker's minute sweep sends it instead.
 */
export const taskQueue: TaskQueue = {
  async send(request) {
    const queue = await getJobSender();
    await queue.send(BACKGROUND_TASK_QUEUE, { ...request });
  },
};
