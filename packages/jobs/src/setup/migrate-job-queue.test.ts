import pg from "pg";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "../define-job";
import { createQueueClient } from "../queue/queue-client";
import { useJobTestDatabase } from "../testing/job-test-database";
import { migrateJobQueue } from "./migrate-job-queue";

const report = defineJob({
  name: "test.daily-report",
  payload: z.object({}),
  async handler() {},
});
const h = useJobTestDatabase([report]);

describe("job queue setup", () => {
  it("leaves the app role rows in schema pgboss, but no DDL", async () => {
    const rights = await h.owner.query(
      `SELECT has_schema_privilege('aizalo_app', 'pgboss', 'USAGE') AS usage,
              has_schema_privilege('aizalo_app', 'pgboss', 'CREATE') AS create,
              has_table_privilege('aizalo_app', 'pgboss.job', 'SELECT, INSERT, UPDATE, DELETE') AS rows`,
    );
    expect(rights.rows[0]).toEqual({ usage: true, create: false, rows: true });

    const app = new pg.Client({ connectionString: h.db.appUrl });
    await app.connect();
    try {
      await expect(app.query("CREATE TABLE pgboss.intruder (id int)")).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
  });

  it("a queue unknown to the setup cannot be created by the app role", async () => {
    const sender = createQueueClient(h.db.appUrl, "sender");
    await sender.start();
    try {
      await expect(sender.createQueue("test.not-registered")).rejects.toThrow(/permission denied/);
    } finally {
      await sender.stop({ graceful: false });
    }
  });

  it("runs again without harm and applies a changed retry policy", async () => {
    const stricter = defineJob({
      name: report.name,
      payload: z.object({}),
      retry: { retryLimit: 7, retryDelaySeconds: 5, retryBackoff: false },
      async handler() {},
    });
    await migrateJobQueue(h.db.ownerUrl, { jobs: [stricter] });
    await migrateJobQueue(h.db.ownerUrl, { jobs: [stricter] });

    const queue = await h.owner.query(
      "SELECT retry_limit, retry_delay, retry_backoff FROM pgboss.queue WHERE name = $1",
      [report.name],
    );
    expect(queue.rows).toEqual([{ retry_limit: 7, retry_delay: 5, retry_backoff: false }]);
  });
});
