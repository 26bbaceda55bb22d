// Background tasks with progress (exports, large imports): what the worker (@aizalo/jobs) calls.
export { expireBackgroundTasks, forgottenTasks } from "./expire-tasks";
export { BACKGROUND_TASK_QUEUE, type TaskQueue, type TaskRunRequest } from "./request-task";
export { runBackgroundTask } from "./run-task";
export { TASK_KEEP_DAYS } from "./task-progress";
export type { TaskRun } from "./task-run";
