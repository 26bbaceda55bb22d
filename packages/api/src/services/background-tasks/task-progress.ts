import type { ScopedDb } from "@aizalo/db";
import type { StartedTask, TaskRun } from "./task-run";

/** How long a finished task (and an export's archive) stays before the expiry job removes it. */
export const TASK_KEEP_DAYS = 7;

/**
 * Marks a queued task running. Null when there is nothing to run: the request never committed,
 * or the task already finished (a retried or doubled job must not run it twice).
 */
export async function startTask(run: TaskRun, taskId: string): Promise<StartedTask | null> {
  return run.runUnitOfWork(async (db) => {
    const task = await db.backgroundTask.findFirst({
      where: { id: taskId, status: { in: ["queued", "running"] } },
      select: { id: true, kind: true, tenantId: true, requestedBy: true },
    });
    if (!task) return null;
    await db.backgroundTask.updateMany({
      where: { id: taskId },
      data: { status: "running", startedAt: new Date(), error: null },
    });
    return task;
  });
}

/**
 * Records how far a task has come, in its own short unit of work so the person watching sees
 * it at once. Below 100 % until the task is done: the last step (storing, committing) is work too.
 */
export async function reportProgress(
  run: TaskRun,
  taskId: string,
  rowsDone: number,
  rowsTotal: number,
): Promise<void> {
  const percent = rowsTotal === 0 ? 0 : Math.min(99, Math.floor((rowsDone / rowsTotal) * 100));
  await run.runUnitOfWork((db) =>
    db.backgroundTask.updateMany({
      where: { id: taskId, status: "running" },
      data: { rowsDone, rowsTotal, progressPercent: percent },
    }),
  );
}

/** Marks the task done in `db`: the caller's unit of work, so the result commits with the work. */
export async function finishTask(
  db: ScopedDb,
  taskId: string,
  result: Record<string, unknown>,
  rowsDone: number,
): Promise<void> {
  const now = new Date();
  await db.backgroundTask.updateMany({
    where: { id: taskId },
    data: {
      status: "done",
      progressPercent: 100,
      rowsDone,
      rowsTotal: rowsDone,
      result: result as object,
      finishedAt: now,
      expiresAt: new Date(now.getTime() + TASK_KEEP_DAYS * 86_400_000),
    },
  });
}

/** Marks the task failed with a sentence for the person; its work rolled back already. */
export async function failTask(
  run: TaskRun,
  taskId: string,
  message: string,
  result: Record<string, unknown> = {},
): Promise<void> {
  await run.runUnitOfWork((db) =>
    db.backgroundTask.updateMany({
      where: { id: taskId },
      data: { status: "failed", error: message, result: result as object, finishedAt: new Date() },
    }),
  );
}
