import { z } from "zod";
import { NotFoundError } from "../../errors";
import { requestTask } from "../../services/background-tasks/request-task";
import { findTask, latestTasks } from "../../services/background-tasks/task-view";
import { router } from "../../trpc/init";
import { tenantOwnerProcedure } from "../../trpc/procedures";

const exportIdInput = z.object({ id: z.uuid() });

/**
 * "Export everything": the business's owner asks for an archive of all its data, watches the
 * worker's progress, and downloads it (apps/web's download route calls `download`). Owner
 * only, here and in PostgreSQL (migration 0020); another business's export id is not found.
 */
export const dataExportRouter = router({
  /** Starts an export, or returns the one already on its way (asking twice does not run twice). */
  request: tenantOwnerProcedure.mutation(async ({ ctx }) => {
    const pending = await ctx.db.backgroundTask.findFirst({
      where: { kind: "tenant_export", status: { in: ["queued", "running"] } },
      select: { id: true },
    });
    const id = pending?.id ?? (await requestTask(ctx.db, "tenant_export"));
    ctx.audit({ entity: "tenant_export", entityId: id, changedFields: pending ? [] : ["status"] });
    if (!pending) {
      const { tenantId } = ctx.session;
      ctx.afterCommit(() => ctx.taskQueue.send({ taskId: id, tenantId }));
    }
    return { id };
  }),
  /** The latest exports, newest first, with their progress (the page polls this). */
  list: tenantOwnerProcedure.query(({ ctx }) => latestTasks(ctx.db, "tenant_export")),
  /**
   * The archive of a finished export. A mutation so that every download is audited; the web
   * app's route handler calls it and streams the bytes as a file.
   */
  download: tenantOwnerProcedure.input(exportIdInput).mutation(async ({ ctx, input }) => {
    const task = await findTask(ctx.db, "tenant_export", input.id);
    const file = await ctx.db.backgroundTaskFile.findFirst({
      where: { taskId: input.id, purpose: "archive" },
      select: { content: true },
    });
    if (!task || task.status !== "done" || !file) throw new NotFoundError("Export");
    ctx.audit({ entity: "tenant_export", entityId: input.id });
    const { fileName } = task.result as { fileName?: string };
    return { fileName: fileName ?? "export.zip", content: file.content };
  }),
});
