import { describe, expect, it } from "vitest";
import { captureLogger, useJobTestDatabase } from "../testing/job-test-database";
import { campaignScheduleJob } from "./campaign-schedule";

const h = useJobTestDatabase([campaignScheduleJob()]);
const { log } = captureLogger();

const START = new Date("2026-12-01T06:00:00Z");
const HOUR = 3_600_000;
const at = (hours: number) => new Date(START.getTime() + hours * HOUR);

async function runAt(now: Date) {
  await campaignScheduleJob({ now: () => now }).run({}, { database: h.database, log });
}

async function campaign(
  tenantId: string,
  status: string,
  startsAt: Date,
  endsAt: Date,
  deleted = false,
) {
  const { rows } = await h.owner.query<{ id: string }>(
    `INSERT INTO campaigns (tenant_id, name, type, channels, status, starts_at, ends_at, deleted_at)
     VALUES ($1, 'Festive season offer', 'sms', '{sms}', $2, $3, $4, CASE WHEN $5 THEN now() END)
     RETURNING id`,
    [tenantId, status, startsAt, endsAt, deleted],
  );
  return rows[0]!.id;
}

async function statusOf(id: string) {
  const { rows } = await h.owner.query<{ status: string }>(
    "SELECT status FROM campaigns WHERE id = $1",
    [id],
  );
  return rows[0]!.status;
}

async function auditOf(id: string) {
  const { rows } = await h.owner.query(
    `SELECT actor_user_type, purpose, tenant_id, action, changed_fields, metadata
     FROM audit_logs WHERE entity_id = $1 ORDER BY id`,
    [id],
  );
  return rows;
}

describe("campaigns.schedule", () => {
  it("starts a scheduled campaign at its start and completes it at its end, once each, audited", async () => {
    const id = await campaign(h.tenantA.id, "scheduled", at(2), at(50));
    const later = await campaign(h.tenantB.id, "scheduled", at(10), at(60));

    await runAt(at(1.9));
    expect(await statusOf(id)).toBe("scheduled");

    await runAt(at(2));
    expect(await statusOf(id)).toBe("active");
    expect(await statusOf(later)).toBe("scheduled");

    await runAt(at(3)); // again: nothing more to do
    expect(await auditOf(id)).toEqual([
      {
        actor_user_type: "system",
        purpose: "job:campaigns.schedule",
        tenant_id: h.tenantA.id,
        action: "campaigns.schedule.start",
        changed_fields: ["status"],
        metadata: { from: "scheduled", to: "active" },
      },
    ]);

    await runAt(at(49.9));
    expect(await statusOf(id)).toBe("active");
    await runAt(at(50));
    await runAt(at(51));
    expect(await statusOf(id)).toBe("completed");
    const audit = await auditOf(id);
    expect(audit.map((row) => row.action)).toEqual([
      "campaigns.schedule.start",
      "campaigns.schedule.complete",
    ]);
    expect(audit[1]?.metadata).toEqual({ from: "active", to: "completed" });
  });

  it("completes a paused campaign at its end; a window missed entirely passes through active", async () => {
    const paused = await campaign(h.tenantA.id, "paused", at(-10), at(5));
    const missed = await campaign(h.tenantA.id, "scheduled", at(1), at(4));
    const draft = await campaign(h.tenantA.id, "draft", at(1), at(4));
    const deleted = await campaign(h.tenantA.id, "scheduled", at(1), at(4), true);

    await runAt(at(6));
    expect(await statusOf(paused)).toBe("completed");
    expect(await statusOf(missed)).toBe("completed");
    expect((await auditOf(missed)).map((row) => row.action)).toEqual([
      "campaigns.schedule.start",
      "campaigns.schedule.complete",
    ]);
    // Drafts wait for a person to schedule them; deleted campaigns are left alone.
    expect(await statusOf(draft)).toBe("draft");
    expect(await statusOf(deleted)).toBe("scheduled");
  });
});
