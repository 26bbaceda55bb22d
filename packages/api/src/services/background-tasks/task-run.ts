import type { ScopedDb } from "@aizalo/db";

/**
 * What a task's runner is handed by the worker (@aizalo/jobs gives its job context): units of
 * work as the job's actor, confined to the task's tenant, and a log. A runner opens several
 * short units of work (progress must commit to be seen) rather than one long one, except where
 * all-or-nothing needs one transaction.
 */
export interface TaskRun {
  runUnitOfWork<T>(
    work: (db: ScopedDb) => Promise<T>,
    options?: { timeoutMs?: number },
  ): Promise<T>;
  readonly log: {
    info(details: object, message: string): void;
    warn(details: object, message: string): void;
  };
}

/** A task as its runner sees it once started. */
export interface StartedTask {
  readonly id: string;
  readonly kind: "tenant_export" | "customer_import";
  readonly tenantId: string;
  readonly requestedBy: string;
}

/**
 * A failure the person who asked should read as it is ("You are no longer the owner…"). Any
 * other error ends the task with a general sentence; its details go to the worker's log.
 */
export class TaskFailure extends Error {
  constructor(
    message: string,
    readonly result: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "TaskFailure";
  }
}
