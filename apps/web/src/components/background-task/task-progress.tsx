import { cn } from "@aizalo/ui";

/** What the workspace is told about a background task (an export, a large import). */
export interface TaskProgressView {
  readonly status: "queued" | "running" | "done" | "failed";
  readonly progressPercent: number;
  readonly rowsDone: number;
  readonly rowsTotal: number | null;
  readonly error: string | null;
}

/** Polls every second while the task is on its way; stops once it is done or failed. */
export function pollWhileUnfinished(task: Pick<TaskProgressView, "status"> | undefined) {
  return task && (task.status === "queued" || task.status === "running") ? 1_000 : false;
}

const STATUS_WORDS: Record<TaskProgressView["status"], string> = {
  queued: "Waiting to start…",
  running: "Working…",
  done: "Done",
  failed: "Failed",
};

/**
 * One progress bar for every kind of background task: the exports page and the import dialog
 * show the same thing, and screen readers hear the percentage and the outcome.
 */
export function TaskProgress({ task, label }: { task: TaskProgressView; label: string }) {
  const rows =
    task.rowsTotal !== null && task.status !== "failed"
      ? ` · ${task.rowsDone.toLocaleString("en-KE")} of ${task.rowsTotal.toLocaleString("en-KE")} rows`
      : "";
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <span className="font-medium">{label}</span>
        <span className="text-muted-foreground" aria-live="polite" data-testid="task-status">
          {STATUS_WORDS[task.status]} {task.status === "failed" ? "" : `${task.progressPercent}%`}
          {rows}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={task.progressPercent}
        className="h-2 w-full overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className={cn(
            "h-full rounded-full transition-[width] duration-500",
            task.status === "failed" ? "bg-danger" : "bg-primary",
          )}
          style={{ width: `${task.status === "failed" ? 100 : task.progressPercent}%` }}
        />
      </div>
      {task.status === "failed" && task.error ? (
        <p role="alert" className="text-sm text-danger">
          {task.error}
        </p>
      ) : null}
    </div>
  );
}
