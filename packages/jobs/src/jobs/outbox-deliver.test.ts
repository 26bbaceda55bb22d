import { beforeEach, describe, expect, it } from "vitest";
import { logSender } from "../outbox/log-sender";
import { captureLogger, useJobTestDatabase } from "../testing/job-test-database";
import { outboxDeliverJob } from "./outbox-deliver";

const RESET_LINK = "http://localhost:3000/reset?token=Zk3n9QpL2vYx";

const h = useJobTestDatabase([outboxDeliverJob({ send: logSender({ showLinks: false }) })]);

async function queueMessage(
  row: { tenantId?: string; kind: string; payload?: object; due?: string; status?: string } = {
    kind: "receipt",
  },
): Promise<string> {
  const result = await h.owner.query<{ id: string }>(
    `INSERT INTO outbox_messages (tenant_id, channel, recipient, kind, payload, status, sent_at, next_attempt_at)
     VALUES ($1, 'email', 'njeri@example.co.ke', $2, $3, $4::outbox_status,
             CASE WHEN $4 = 'sent' THEN now() END, now() + $5::interval)
     RETURNING id`,
    [
      row.tenantId ?? null,
      row.kind,
      JSON.stringify(row.payload ?? {}),
      row.status ?? "pending",
      row.due ?? "0 seconds",
    ],
  );
  return result.rows[0]!.id;
}

async function stored(id: string) {
  const result = await h.owner.query(
    "SELECT status, attempts, last_error, sent_at, next_attempt_at > now() AS waiting FROM outbox_messages WHERE id = $1",
    [id],
  );
  return result.rows[0];
}

beforeEach(async () => {
  await h.owner.query("DELETE FROM outbox_messages");
});

describe("outbox.deliver", () => {
  it("marks due messages sent and logs recipient and kind, never the link in production", async () => {
    const { log, lines } = captureLogger();
    const reset = await queueMessage({ kind: "password_reset", payload: { link: RESET_LINK } });
    const receipt = await queueMessage({ tenantId: h.tenantA.id, kind: "receipt" });

    await outboxDeliverJob({ send: logSender({ showLinks: false }) }).run(
      {},
      { database: h.database, log },
    );

    for (const id of [reset, receipt]) {
      expect(await stored(id)).toMatchObject({ status: "sent", attempts: 1, last_error: null });
    }
    const delivered = lines.filter((line) => line.outboxMessageId);
    expect(delivered.map((line) => line.kind).sort()).toEqual(["password_reset", "receipt"]);
    expect(delivered[0]).toMatchObject({ recipient: "njeri@example.co.ke", channel: "email" });
    expect(JSON.stringify(lines)).not.toContain("Zk3n9QpL2vYx");
  });

  it("prints the link in development, so a person can follow it", async () => {
    const { log, lines } = captureLogger();
    await queueMessage({ kind: "invitation", payload: { link: RESET_LINK } });

    await outboxDeliverJob({ send: logSender({ showLinks: true }) }).run(
      {},
      { database: h.database, log },
    );

    expect(lines.find((line) => line.kind === "invitation")).toMatchObject({
      devLink: RESET_LINK,
    });
  });

  it("leaves messages that are not due, already sent or failed alone", async () => {
    const later = await queueMessage({ kind: "receipt", due: "10 minutes" });
    const sent = await queueMessage({ kind: "receipt", status: "sent" });
    const failed = await queueMessage({ kind: "receipt", status: "failed" });
    const snapshot = async () => [await stored(later), await stored(sent), await stored(failed)];
    const before = await snapshot();

    await outboxDeliverJob({ send: logSender({ showLinks: false }) }).run(
      {},
      { database: h.database, log: captureLogger().log },
    );

    expect(await snapshot()).toEqual(before);
  });

  it("counts failed attempts, waits before the next, and marks the message failed at the limit", async () => {
    const id = await queueMessage({ tenantId: h.tenantB.id, kind: "receipt" });
    const flaky = outboxDeliverJob({
      maxAttempts: 2,
      send: async () => {
        throw new Error("SMTP 421 try again later");
      },
    });
    const tools = { database: h.database, log: captureLogger().log };

    await flaky.run({}, tools);
    expect(await stored(id)).toMatchObject({
      status: "pending",
      attempts: 1,
      last_error: "SMTP 421 try again later",
      waiting: true,
    });

    await flaky.run({}, tools); // not due yet: nothing happens
    expect(await stored(id)).toMatchObject({ attempts: 1 });

    await h.owner.query("UPDATE outbox_messages SET next_attempt_at = now() WHERE id = $1", [id]);
    await flaky.run({}, tools);
    expect(await stored(id)).toMatchObject({ status: "failed", attempts: 2, sent_at: null });

    const logged = await h.owner.query(
      "SELECT level, message, tenant_id, metadata FROM system_logs WHERE source = 'job:outbox.deliver'",
    );
    expect(logged.rows).toEqual([
      expect.objectContaining({
        level: "error",
        tenant_id: h.tenantB.id,
        metadata: { outboxMessageId: id, kind: "receipt", channel: "email" },
      }),
    ]);
    expect(logged.rows[0].message).toContain("failed after 2 attempts: SMTP 421");
    expect(logged.rows[0].message).not.toContain("njeri@example.co.ke");
  });
});
