import { runBackgroundTask } from "../services/background-tasks/run-task";
import type { TaskRunRequest } from "../services/background-tasks/request-task";
import type { ApiWorld, PersonName } from "./api-world";

/**
 * A queue that keeps what it is sent, and runs it the way the worker's `background-task.run`
 * job does (a system actor confined to the task's tenant), recording the progress a person
 * polling the task would have seen after every unit of work.
 */
export function taskQueueFor(world: ApiWorld) {
  const sent: TaskRunRequest[] = [];
  const queue = {
    sent,
    send: async (request: TaskRunRequest) => void sent.push(request),
    /** The context of `person` with this queue as the web app's. */
    contextFor: (person: PersonName) => ({ ...world.contextFor(person), taskQueue: queue }),
    /** Runs a sent task to its end; the progress seen along the way, in percent. */
    async run(request: TaskRunRequest): Promise<number[]> {
      const seen: number[] = [];
      const look = async () => {
        const { rows } = await world.owner.query<{ p: number }>(
          "SELECT progress_percent AS p FROM background_tasks WHERE id = $1",
          [request.taskId],
        );
        if (rows[0] && seen.at(-1) !== rows[0].p) seen.push(rows[0].p);
      };
      const actor = {
        type: "system" as const,
        purpose: "job:background-task.run",
        tenantId: request.tenantId,
      };
      await runBackgroundTask(
        {
          async runUnitOfWork(work, options) {
            const result = await world.database.runUnitOfWork(actor, work, options);
            await look();
            return result;
          },
          log: { info: () => {}, warn: () => {} },
        },
        request.taskId,
      );
      return seen;
    },
  };
  return queue;
}
