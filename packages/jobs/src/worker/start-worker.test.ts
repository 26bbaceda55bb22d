import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "../define-job";
import { outboxDeliverJob } from "../jobs/outbox-deliver";
import { logSender } from "../outbox/log-sender";
import { sendOutboxNow } from "../outbox/send-outbox-now";
import { enqueueJob } from "../queue/enqueue";
import { createQueueClient, type QueueClient } from "../queue/queue-client";
import { captureLogger, eventually, useJobTestDatabase } from "../testing/job-test-database";
import { startWorker, type RunningWorker } from "./start-worker";

// End to end through pg-boss on the app role: queue set up by the owner, worker polling fast.
const alwaysFailingAttempts: number[] = [];
const alwaysFails = defineJob({
  name: "test.always-fails",
  payload: z.object({ receipt: z.string() }),
  retry: { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: true },
  async handler() {
    alwaysFailingAttempts.push(Date.now());
    throw new Error("Daraja API unreachable");
  },
});

let flakyAttempts = 0;
const failsOnce = defineJob({
  name: "test.fails-once",
  payload: z.object({}),
  retry: { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false },
  async handler() {
    flakyAttempts += 1;
    if (flakyAttempts === 1) throw new Error("connection reset");
  },
});

let slowJobFinished = false;
const slow = defineJob({
  name: "test.slow",
  payload: z.object({}),
  async handler() {
    await new Promise((resolve) => setTimeout(resolve, 700));
    slowJobFinished = true;
  },
});

const outbox = outboxDeliverJob({ send: logSender({ showLinks: true }) });
const jobs = [alwaysFails, failsOnce, slow, outbox];
const h = useJobTestDatabase(jobs);
const { log, lines } = captureLogger();
let worker: RunningWorker;
let sender: QueueClient;

beforeAll(async () => {
  worker = await startWorker({
    appUrl: h.db.appUrl,
    database: h.database,
    jobs,
    log,
    pollingIntervalSeconds: 0.5,
    schedules: false,
  });
  sender = createQueueClient(h.db.appUrl, "sender");
  await sender.start();
});

afterAll(async () => {
  await sender?.stop({ graceful: false });
  await worker?.stop(2_000);
});

async function finalState(name: string, id: string): Promise<string> {
  return eventually(async () => {
    const job = await sender.getJobById(name, id);
    return job && ["completed", "failed"].includes(job.state) ? job.state : undefined;
  });
}

describe("the worker", () => {
  it("retries a job that throws after a backoff, then ends it failed with an error in system_logs", async () => {
    const id = await enqueueJob(sender, alwaysFails, { receipt: "QK7H2J9L0P" });
    expect(await finalState(alwaysFails.name, id!)).toBe("failed");

    expect(alwaysFailingAttempts).toHaveLength(2);
    const [first, second] = alwaysFailingAttempts as [number, number];
    expect(second - first).toBeGreaterThanOrEqual(1_000);
    const logged = await h.owner.query(
      "SELECT level, message, metadata FROM system_logs WHERE source = 'job:test.always-fails'",
    );
    expect(logged.rows).toEqual([
      {
        level: "error",
        message: "test.always-fails failed after 2 attempts: Daraja API unreachable",
        metadata: { jobId: id, attempts: 2 },
      },
    ]);
  });

  it("completes a job that succeeds on a retry, with nothing in system_logs", async () => {
    const id = await enqueueJob(sender, failsOnce, {});
    expect(await finalState(failsOnce.name, id!)).toBe("completed");
    expect(flakyAttempts).toBe(2);
    const logged = await h.owner.query(
      "SELECT 1 FROM system_logs WHERE source = 'job:test.fails-once'",
    );
    expect(logged.rows).toEqual([]);
  });

  it("delivers the outbox when asked with sendOutboxNow", async () => {
    const inserted = await h.owner.query<{ id: string }>(
      `INSERT INTO outbox_messages (tenant_id, channel, recipient, kind, payload)
       VALUES ($1, 'email', 'kamau@example.co.ke', 'invitation', '{"link": "http://localhost:3000/invite?token=t0k"}')
       RETURNING id`,
      [h.tenantA.id],
    );
    await sendOutboxNow(sender);

    const status = await eventually(async () => {
      const row = await h.owner.query<{ status: string }>(
        "SELECT status FROM outbox_messages WHERE id = $1",
        [inserted.rows[0]!.id],
      );
      return row.rows[0]?.status === "pending" ? undefined : row.rows[0]?.status;
    });
    expect(status).toBe("sent");
    expect(lines.find((line) => line.kind === "invitation")).toMatchObject({
      recipient: "kamau@example.co.ke",
      devLink: "http://localhost:3000/invite?token=t0k",
      job: "outbox.deliver",
    });
  });

  // Last: it stops the worker the other tests share.
  it("stops gracefully: a running job finishes before stop returns", async () => {
    const id = await enqueueJob(sender, slow, {});
    await eventually(async () =>
      (await sender.getJobById(slow.name, id!))?.state === "active" ? true : undefined,
    );
    await worker.stop(5_000);
    expect(slowJobFinished).toBe(true);
    expect((await sender.getJobById(slow.name, id!))?.state).toBe("completed");
  });
});
