import type { ScopedDb } from "@aizalo/db";
import type { TaskKind } from "./request-task";

/** What the workspace shows of a task: its progress and outcome, never its files. */
export const taskViewSelect = {
  id: true,
  kind: true,
  status: true,
  progressPercent: true,
  rowsDone: true,
  rowsTotal: true,
  result: true,
  error: true,
  createdAt: true,
  finishedAt: true,
  expiresAt: true,
} as const;

/** One task of the business, or null (also when it is another business's: RLS hides it). */
export function findTask(db: ScopedDb, kind: TaskKind, id: string) {
  return db.backgroundTask.findFirst({ where: { id, kind }, select: taskViewSelect });
}

/** The business's latest tasks of one kind, newest first. */
export function latestTasks(db: ScopedDb, kind: TaskKind, take = 5) {
  return db.backgroundTask.findMany({
    where: { kind },
    orderBy: { createdAt: "desc" },
    take,
    select: taskViewSelect,
  });
}

export type TaskView = NonNullable<Awaited<ReturnType<typeof findTask>>>;
