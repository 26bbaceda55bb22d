import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { captureLogger, useJobTestDatabase } from "../testing/job-test-database";
import { backgroundTaskRunJob } from "./background-task-run";
import { backgroundTasksSweepJob } from "./background-tasks-sweep";

const DAY = 86_400_000;
const h = useJobTestDatabase([backgroundTaskRunJob]);
const { log } = captureLogger();

async function queuedExport(tenantId: string, requestedBy: string): Promise<string> {
  const { rows } = await h.owner.query<{ id: string }>(
    `INSERT INTO background_tasks (tenant_id, kind, requested_by)
     VALUES ($1, 'tenant_export', $2) RETURNING id`,
    [tenantId, requestedBy],
  );
  return rows[0]!.id;
}
const taskRow = async (id: string) =>
  (await h.owner.query("SELECT * FROM background_tasks WHERE id = $1", [id])).rows[0];

describe("background tasks in the worker", () => {
  it("background-task.run builds the export as the task's tenant and stores the archive", async () => {
    const id = await queuedExport(h.tenantA.id, h.tenantA.ownerId);
    await backgroundTaskRunJob.run(
      { taskId: id, tenantId: h.tenantA.id },
      { database: h.database, log },
    );
    expect(await taskRow(id)).toMatchObject({ status: "done", progress_percent: 100 });
    const { rows } = await h.owner.query<{ content: Buffer }>(
      "SELECT content FROM background_task_files WHERE task_id = $1 AND purpose = 'archive'",
      [id],
    );
    const files = unzipSync(new Uint8Array(rows[0]!.content));
    const team = JSON.parse(strFromU8(files["team.json"]!)) as { id: string }[];
    expect(team.map((member) => member.id).sort()).toEqual(
      [h.tenantA.ownerId, h.tenantA.staffId].sort(),
    );
    // Running it again (a doubled job) changes nothing: it is done.
    await backgroundTaskRunJob.run(
      { taskId: id, tenantId: h.tenantA.id },
      { database: h.database, log },
    );
    const archives = await h.owner.query(
      "SELECT count(*)::int AS n FROM background_task_files WHERE task_id = $1",
      [id],
    );
    expect(archives.rows[0].n).toBe(1);
  });

  it("a payload naming another tenant finds nothing to run", async () => {
    const id = await queuedExport(h.tenantA.id, h.tenantA.ownerId);
    await backgroundTaskRunJob.run(
      { taskId: id, tenantId: h.tenantB.id },
      { database: h.database, log },
    );
    expect(await taskRow(id)).toMatchObject({ status: "queued", progress_percent: 0 });
  });

  it("background-tasks.sweep ends stalled tasks as failed and removes expired ones with their files", async () => {
    const stalled = await queuedExport(h.tenantB.id, h.tenantB.ownerId);
    const finished = await queuedExport(h.tenantB.id, h.tenantB.ownerId);
    await backgroundTaskRunJob.run(
      { taskId: finished, tenantId: h.tenantB.id },
      { database: h.database, log },
    );
    // Nobody sent `stalled` to the worker, and the worker that might have is gone: two hours on.
    await h.owner.query(
      "UPDATE background_tasks SET status = 'running', created_at = now() - interval '2 hours' WHERE id = $1",
      [stalled],
    );
    await backgroundTasksSweepJob().run({}, { database: h.database, log });
    expect(await taskRow(stalled)).toMatchObject({
      status: "failed",
      error: expect.stringContaining("try again"),
    });
    expect(await taskRow(finished)).toMatchObject({ status: "done" });

    const eightDaysOn = new Date(Date.now() + 8 * DAY);
    await backgroundTasksSweepJob({ now: () => eightDaysOn }).run(
      {},
      { database: h.database, log },
    );
    expect(await taskRow(finished)).toBeUndefined();
    const files = await h.owner.query(
      "SELECT count(*)::int AS n FROM background_task_files WHERE task_id = $1",
      [finished],
    );
    expect(files.rows[0].n).toBe(0);
  });
});
