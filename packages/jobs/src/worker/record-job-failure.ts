import type { Database } from "@aizalo/db";
import type { Job } from "../define-job";

/**
 * The visible end of a job that used up its retries: an error row in system_logs (what the
 * platform's staff see), written in a unit of work of its own because the job's rolled back.
 */
export async function recordJobFailure(
  database: Database,
  job: Job,
  details: { jobId: string; attempts: number; error: string },
): Promise<void> {
  await database.runUnitOfWork({ type: "system", purpose: job.purpose }, (db) =>
    db.systemLog.createMany({
      data: [
        {
          level: "error",
          source: job.purpose,
          message: `${job.name} failed after ${details.attempts} attempts: ${details.error}`,
          metadata: { jobId: details.jobId, attempts: details.attempts },
        },
      ],
    }),
  );
}
