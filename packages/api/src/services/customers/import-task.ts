import type { ScopedDb } from "@aizalo/db";
import { requestTask } from "../background-tasks/request-task";
import { finishTask, reportProgress } from "../background-tasks/task-progress";
import { TaskFailure, type StartedTask, type TaskRun } from "../background-tasks/task-run";
import { applyCustomerRows, checkCustomerCsv } from "./csv-import";

/** Files with more rows than this are applied by the worker, with progress shown. */
export const BACKGROUND_IMPORT_ROWS = 1_000;
/** Rows added between two progress reports. */
const CHUNK_ROWS = 1_000;
/** Ten thousand rows with their consents take seconds; this leaves room on a slow machine. */
const IMPORT_UNIT_OF_WORK_MS = 120_000;

/**
 * Queues an import that has passed its check: the task and the file (kept in PostgreSQL until
 * the import is applied), in the caller's unit of work.
 */
export async function queueCustomerImport(db: ScopedDb, csv: string): Promise<string> {
  const taskId = await requestTask(db, "customer_import");
  // createMany: tenant users may hand over an input file but never read one back (0020).
  await db.backgroundTaskFile.createMany({
    data: [{ taskId, purpose: "input", content: Buffer.from(csv, "utf8") }],
  });
  return taskId;
}

/**
 * Applies a queued import all or nothing: checked again (customers may have been added since)
 * and written in ONE transaction, in chunks, reporting progress from short units of work of
 * their own beside it; the task is marked done inside that transaction, so "done" and the
 * customers commit together. Any failure leaves no customer behind.
 */
export async function runCustomerImport(run: TaskRun, task: StartedTask): Promise<void> {
  const input = await run.runUnitOfWork(async (db) => {
    const file = await db.backgroundTaskFile.findFirst({
      where: { taskId: task.id, purpose: "input" },
      select: { content: true },
    });
    // Consents name the teammate who recorded them; a platform owner "logged in as tenant" is none.
    const teammate = await db.tenantUser.findFirst({
      where: { id: task.requestedBy },
      select: { id: true },
    });
    return (
      file && { csv: Buffer.from(file.content).toString("utf8"), recordedBy: teammate?.id ?? null }
    );
  });
  if (!input)
    throw new TaskFailure("The file of this import is no longer here. Please import it again.");

  await run.runUnitOfWork(
    async (db) => {
      const check = await checkCustomerCsv(db, task.tenantId, input.csv);
      if (!check.ok) {
        throw new TaskFailure(
          "The file no longer fits the customer list (it changed after the check). Nothing was imported.",
          { problems: check.problems.slice(0, 200), rowCount: check.rowCount },
        );
      }
      const total = check.rows.length;
      let done = 0;
      for (let start = 0; start < total; start += CHUNK_ROWS) {
        const chunk = check.rows.slice(start, start + CHUNK_ROWS);
        done += await applyCustomerRows(db, task.tenantId, chunk, input.recordedBy);
        await reportProgress(run, task.id, done, total);
      }
      await db.backgroundTaskFile.deleteMany({ where: { taskId: task.id } });
      await finishTask(db, task.id, { created: done }, done);
    },
    { timeoutMs: IMPORT_UNIT_OF_WORK_MS },
  );
  run.log.info({ taskId: task.id }, "customer import applied");
}
