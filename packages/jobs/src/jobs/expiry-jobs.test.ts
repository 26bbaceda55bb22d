import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { captureLogger, useJobTestDatabase } from "../testing/job-test-database";
import { expireImpersonationSessionsJob } from "./expire-impersonation-sessions";
import { expireInvitationsJob } from "./expire-invitations";
import { expirePasswordResetsJob } from "./expire-password-resets";

const h = useJobTestDatabase([
  expireInvitationsJob,
  expirePasswordResetsJob,
  expireImpersonationSessionsJob,
]);
const { log } = captureLogger();
const token = () => randomBytes(16).toString("hex");

async function ids(sql: string, params: unknown[] = []): Promise<string[]> {
  const result = await h.owner.query<{ id: string }>(sql, params);
  return result.rows.map((row) => row.id).sort();
}

describe("expiry jobs", () => {
  it("expire.invitations deletes exactly the expired invitations nobody accepted", async () => {
    const invite = async (expiresIn: string, accepted: boolean) => {
      const result = await h.owner.query<{ id: string }>(
        `INSERT INTO invitations (tenant_id, tenant_user_id, email, role, token_hash, expires_at, accepted_at)
         VALUES ($1, $2, 'mwangi@example.co.ke', 'staff', $3, now() + $4::interval,
                 CASE WHEN $5 THEN now() - interval '1 day' END)
         RETURNING id`,
        [h.tenantA.id, h.tenantA.staffId, token(), expiresIn, accepted],
      );
      return result.rows[0]!.id;
    };
    const expired = await invite("-1 hour", false);
    const acceptedThenExpired = await invite("-1 hour", true);
    const stillValid = await invite("6 days", false);

    await expireInvitationsJob.run({}, { database: h.database, log });

    const left = await ids("SELECT id FROM invitations WHERE tenant_id = $1", [h.tenantA.id]);
    expect(left).toEqual([acceptedThenExpired, stillValid].sort());
    expect(left).not.toContain(expired);
  });

  it("expire.password-resets deletes exactly the resets past their hour", async () => {
    const reset = async (expiresIn: string, used: boolean) => {
      const result = await h.owner.query<{ id: string }>(
        `INSERT INTO password_resets (user_type, tenant_id, tenant_user_id, token_hash, expires_at, used_at)
         VALUES ('tenant', $1, $2, $3, now() + $4::interval, CASE WHEN $5 THEN now() - interval '2 hours' END)
         RETURNING id`,
        [h.tenantB.id, h.tenantB.ownerId, token(), expiresIn, used],
      );
      return result.rows[0]!.id;
    };
    await reset("-5 minutes", false);
    await reset("-1 hour", true);
    const fresh = await reset("50 minutes", false);

    await expirePasswordResetsJob.run({}, { database: h.database, log });

    expect(
      await ids("SELECT id FROM password_resets WHERE tenant_id = $1", [h.tenantB.id]),
    ).toEqual([fresh]);
  });

  it("expire.impersonation-sessions ends exactly the open sessions past expiry, at their expiry", async () => {
    const platformOwner = await h.owner.query<{ id: string }>(
      "SELECT id FROM platform_users WHERE role = 'owner' LIMIT 1",
    );
    const session = async (startedAgo: string, minutes: number, endedAgo: string | null) => {
      const result = await h.owner.query<{ id: string }>(
        `INSERT INTO impersonation_sessions (owner_id, tenant_id, reason, started_at, expires_at, ended_at)
         VALUES ($1, $2, 'M-Pesa callback support', now() - $3::interval,
                 now() - $3::interval + make_interval(mins => $4), now() - $5::interval)
         RETURNING id`,
        [platformOwner.rows[0]!.id, h.tenantA.id, startedAgo, minutes, endedAgo],
      );
      return result.rows[0]!.id;
    };
    const expiredOpen = await session("2 hours", 30, null);
    const stoppedEarly = await session("3 hours", 30, "2 hours 50 minutes");
    const running = await session("10 minutes", 30, null);
    const before = await h.owner.query(
      "SELECT id, ended_at FROM impersonation_sessions WHERE id = ANY ($1)",
      [[stoppedEarly, running]],
    );

    await expireImpersonationSessionsJob.run({}, { database: h.database, log });

    const ended = await h.owner.query<{ ended_at: Date; expires_at: Date }>(
      "SELECT ended_at, expires_at FROM impersonation_sessions WHERE id = $1",
      [expiredOpen],
    );
    expect(ended.rows[0]?.ended_at).toEqual(ended.rows[0]?.expires_at);
    const after = await h.owner.query(
      "SELECT id, ended_at FROM impersonation_sessions WHERE id = ANY ($1)",
      [[stoppedEarly, running]],
    );
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.find((row: { id: string }) => row.id === running)?.ended_at).toBeNull();
  });
});
