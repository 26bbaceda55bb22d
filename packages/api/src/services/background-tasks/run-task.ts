import { runCustomerImport } from "../customers/import-task";
import { runTenantExport } from "../tenant-export/run-tenant-export";
import { failTask, startTask } from "./task-progress";
import { TaskFailure, type StartedTask, type TaskRun } from "./task-run";

const RUNNERS: Record<StartedTask["kind"], (run: TaskRun, task: StartedTask) => Promise<void>> = {
  tenant_export: runTenantExport,
  customer_import: runCustomerImport,
};

const GENERAL_FAILURE = "Something went wrong before this finished. Please try again.";

/**
 * Runs one task to its end: started, handed to its kind's runner, and on any failure marked
 * failed with a sentence the person can read (the details stay in the worker's log). Not
 * retried by the queue: the person sees it failed and asks again.
 */
export async function runBackgroundTask(run: TaskRun, taskId: string): Promise<void> {
  const task = await startTask(run, taskId);
  if (!task) {
    run.log.info({ taskId }, "task not queued (finished, or never committed): nothing to run");
    return;
  }
  try {
    await RUNNERS[task.kind](run, task);
  } catch (error) {
    const known = error instanceof TaskFailure;
    run.log.warn({ taskId, kind: task.kind, err: error }, "background task failed");
    await failTask(run, taskId, known ? error.message : GENERAL_FAILURE, known ? error.result : {});
  }
}
