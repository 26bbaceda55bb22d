import type { ScopedDb } from "@aizalo/db";

/** The worker's queue for task runs (the job lives in @aizalo/jobs, which calls runBackgroundTask). */
export const BACKGROUND_TASK_QUEUE = "background-task.run";

export interface TaskRunRequest {
  readonly taskId: string;
  readonly tenantId: string;
}

/**
 * Hands a committed task to the worker. The web app gives the API one backed by pg-boss; where
 * none is given (tests, scripts) the worker's minute sweep picks queued tasks up anyway.
 */
export interface TaskQueue {
  send(request: TaskRunRequest): Promise<void>;
}

export type TaskKind = "tenant_export" | "customer_import";

/**
 * Writes a queued task in the caller's unit of work, in the signed-in person's name (the
 * column's default); PostgreSQL decides who may ask for which kind (migration 0020).
 */
export async function requestTask(db: ScopedDb, kind: TaskKind): Promise<string> {
  const task = await db.backgroundTask.create({ data: { kind }, select: { id: true } });
  return task.id;
}
