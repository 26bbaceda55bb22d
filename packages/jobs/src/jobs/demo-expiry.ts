import { z } from "zod";
import { defineJob } from "../define-job";

export const DEMO_EXPIRY_JOB = "demo.expiry";

/**
 * Removes demo accounts whose time is up (demo_expires_at). Per DESIGN.md "Data rules" the
 * business is soft-deleted, not erased: deleted_at frees its subdomain and hides it everywhere
 * (sign-in, sites, lists), while its subscription history and audit trail stay explainable.
 * Its users are deactivated, open invitations withdrawn and its site unpublished, so nothing of
 * it stays reachable; the status change is recorded in subscription_changes (→ canceled).
 *
 * `now` is the job's clock: tests pass their own; the worker uses the real one.
 */
export function demoExpiryJob(options: { now?: () => Date } = {}) {
  return defineJob({
    name: DEMO_EXPIRY_JOB,
    payload: z.object({}).strict(),
    schedule: "*/15 * * * *",
    policy: "stately",
    async handler(_payload, { runUnitOfWork, log }) {
      const now = options.now?.() ?? new Date();
      const removed = await runUnitOfWork(async (db) => {
        const expired = await db.$queryRaw<{ id: string }[]>`
          WITH due AS (
            SELECT id, subscription_status, subscription_plan, monthly_fee FROM tenants
            WHERE is_demo AND deleted_at IS NULL AND demo_expires_at <= ${now}::timestamptz
            FOR UPDATE
          ), removed AS (
            UPDATE tenants t SET deleted_at = ${now}::timestamptz, subscription_status = 'canceled'
            FROM due WHERE t.id = due.id
            RETURNING t.id
          ), recorded AS (
            INSERT INTO subscription_changes
              (tenant_id, kind, from_status, to_status, from_plan, to_plan, from_fee, to_fee,
               effective_at, reason)
            SELECT due.id, 'status_changed', due.subscription_status, 'canceled',
              due.subscription_plan, due.subscription_plan, due.monthly_fee, due.monthly_fee,
              ${now}::timestamptz, 'Demo account expired'
            FROM due JOIN removed ON removed.id = due.id
          )
          SELECT id::text FROM removed`;
        const ids = expired.map((row) => row.id);
        if (ids.length > 0) {
          await db.$executeRaw`
            UPDATE tenant_users SET is_active = false
            WHERE tenant_id = ANY(${ids}::uuid[]) AND is_active`;
          await db.$executeRaw`
            UPDATE invitations SET revoked_at = ${now}::timestamptz
            WHERE tenant_id = ANY(${ids}::uuid[]) AND accepted_at IS NULL AND revoked_at IS NULL`;
          await db.$executeRaw`
            UPDATE tenant_websites SET is_published = false
            WHERE tenant_id = ANY(${ids}::uuid[]) AND is_published`;
        }
        return ids.length;
      });
      log.info({ removed }, "expired demo accounts removed");
    },
  });
}
