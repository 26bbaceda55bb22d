import { z } from "zod";
import { defineJob } from "../define-job";
import { settingDays } from "./platform-setting-days";

export const SUBSCRIPTION_LIFECYCLE_JOB = "subscription.lifecycle";

/** Days a past-due business keeps working before it is suspended, when the owner set none. */
export const DEFAULT_GRACE_PERIOD_DAYS = 7;

/**
 * Moves businesses along when nobody pays (demo accounts excluded: demo.expiry handles them):
 * - a trial whose last day (trial_ends_at, a Nairobi date) has passed → past_due;
 * - a business past due for longer than `billing.grace_period_days` → suspended (its users can
 *   no longer sign in and its site goes dark).
 * A payment moves a business to active before this runs, so whatever is still on trial or past
 * due here has not paid. Each change is a subscription_changes row (the tenant's history and
 * the churn figures) written in the same transaction as the status itself.
 *
 * `now` is the job's clock: tests pass their own; the worker uses the real one.
 */
export function subscriptionLifecycleJob(options: { now?: () => Date } = {}) {
  return defineJob({
    name: SUBSCRIPTION_LIFECYCLE_JOB,
    payload: z.object({}).strict(),
    schedule: "*/15 * * * *",
    policy: "stately",
    async handler(_payload, { runUnitOfWork, log }) {
      const now = options.now?.() ?? new Date();
      const moved = await runUnitOfWork(async (db) => {
        const graceDays = await settingDays(
          db,
          "billing.grace_period_days",
          DEFAULT_GRACE_PERIOD_DAYS,
        );
        const trialsEnded = await db.$executeRaw`
          WITH ended AS (
            UPDATE tenants SET subscription_status = 'past_due'
            WHERE subscription_status = 'trial' AND NOT is_demo AND deleted_at IS NULL
              AND trial_ends_at < (${now}::timestamptz AT TIME ZONE 'Africa/Nairobi')::date
            RETURNING id, subscription_plan, monthly_fee
          )
          INSERT INTO subscription_changes
            (tenant_id, kind, from_status, to_status, from_plan, to_plan, from_fee, to_fee,
             effective_at, reason)
          SELECT id, 'status_changed', 'trial', 'past_due', subscription_plan, subscription_plan,
            monthly_fee, monthly_fee, ${now}::timestamptz, 'Trial ended without payment'
          FROM ended`;
        // Past due since the latest change that made it so (the trial's end when the change
        // row is missing, as for businesses imported before this job existed).
        const suspended = await db.$executeRaw`
          WITH overdue AS (
            SELECT t.id FROM tenants t
            WHERE t.subscription_status = 'past_due' AND NOT t.is_demo AND t.deleted_at IS NULL
              AND COALESCE(
                (SELECT max(c.effective_at) FROM subscription_changes c
                  WHERE c.tenant_id = t.id AND c.to_status = 'past_due'),
                (t.trial_ends_at + 1)::timestamp AT TIME ZONE 'Africa/Nairobi'
              ) <= ${now}::timestamptz - make_interval(days => ${graceDays}::int)
          ), moved AS (
            UPDATE tenants t
            SET subscription_status = 'suspended', suspended_at = ${now}::timestamptz,
              suspension_reason = 'Payment overdue: the grace period ended'
            FROM overdue WHERE t.id = overdue.id
            RETURNING t.id, t.subscription_plan, t.monthly_fee
          )
          INSERT INTO subscription_changes
            (tenant_id, kind, from_status, to_status, from_plan, to_plan, from_fee, to_fee,
             effective_at, reason)
          SELECT id, 'status_changed', 'past_due', 'suspended', subscription_plan,
            subscription_plan, monthly_fee, monthly_fee, ${now}::timestamptz,
            ${`Unpaid ${graceDays} days after falling due`}
          FROM moved`;
        return { trialsEnded, suspended, graceDays };
      });
      log.info(moved, "subscription lifecycle: trials ended and grace periods run out");
    },
  });
}
