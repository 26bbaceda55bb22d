import type { ScopedDb } from "@aizalo/db";

/** A task still running after this has lost its worker (timeouts are far shorter). */
const STALLED_AFTER_MS = 60 * 60 * 1000;

/**
 * Deletes tasks past their expiry (their files go with them) and ends stalled ones as failed,
 * so no one waits on a progress bar forever. Run by the worker as a system job over all tenants.
 */
export async function expireBackgroundTasks(
  db: ScopedDb,
  now: Date,
): Promise<{ deleted: number; stalled: number }> {
  const deleted = await db.backgroundTask.deleteMany({ where: { expiresAt: { lt: now } } });
  const stalled = await db.backgroundTask.updateMany({
    where: {
      status: { in: ["queued", "running"] },
      createdAt: { lt: new Date(now.getTime() - STALLED_AFTER_MS) },
    },
    data: {
      status: "failed",
      error: "This stopped before it finished. Please try again.",
      finishedAt: now,
    },
  });
  return { deleted: deleted.count, stalled: stalled.count };
}

/** Queued tasks nobody handed to the worker (its queue was unreachable): the sweep sends them. */
export async function forgottenTasks(db: ScopedDb, olderThan: Date) {
  return db.backgroundTask.findMany({
    where: { status: "queued", createdAt: { lt: olderThan } },
    select: { id: true, tenantId: true },
    take: 100,
  });
}
