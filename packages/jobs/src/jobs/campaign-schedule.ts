import { z } from "zod";
import { defineJob } from "../define-job";

export const CAMPAIGN_SCHEDULE_JOB = "campaigns.schedule";

/**
 * Runs campaigns on their schedule, for every business, once a minute:
 * - a scheduled campaign whose start has come → active;
 * - an active or paused campaign whose end has come → completed (a campaign whose whole
 *   window passed while the worker was down goes through both, in that order).
 * These are two of the campaign state machine's allowed moves (packages/api
 * services/campaigns/campaign-status.ts); each is guarded by the status it moves from, so a
 * second run, or a person pausing it meanwhile, finds nothing to redo. Every move writes an
 * audit_logs row naming this job (system actor, purpose job:campaigns.schedule) in the same
 * statement. Sending comes with the channels: here a campaign only changes status.
 *
 * `now` is the job's clock: tests pass their own; the worker uses the real one.
 */
export function campaignScheduleJob(options: { now?: () => Date } = {}) {
  return defineJob({
    name: CAMPAIGN_SCHEDULE_JOB,
    payload: z.object({}).strict(),
    schedule: "* * * * *",
    policy: "stately",
    async handler(_payload, { runUnitOfWork, log }) {
      const now = options.now?.() ?? new Date();
      const purpose = `job:${CAMPAIGN_SCHEDULE_JOB}`;
      const moved = await runUnitOfWork(async (db) => {
        const started = await db.$executeRaw`
          WITH started AS (
            UPDATE campaigns SET status = 'active'
            WHERE status = 'scheduled' AND deleted_at IS NULL AND starts_at <= ${now}::timestamptz
            RETURNING id, tenant_id
          )
          INSERT INTO audit_logs
            (actor_user_type, purpose, tenant_id, action, entity, entity_id, changed_fields, metadata)
          SELECT 'system', ${purpose}, tenant_id, ${`${CAMPAIGN_SCHEDULE_JOB}.start`}, 'campaign', id,
            '{status}', '{"from": "scheduled", "to": "active"}'
          FROM started`;
        const completed = await db.$executeRaw`
          WITH completed AS (
            UPDATE campaigns c SET status = 'completed'
            FROM (SELECT id, status FROM campaigns
                  WHERE status IN ('active', 'paused') AND deleted_at IS NULL
                    AND ends_at <= ${now}::timestamptz
                  FOR UPDATE) due
            WHERE c.id = due.id
            RETURNING c.id, c.tenant_id, due.status AS from_status
          )
          INSERT INTO audit_logs
            (actor_user_type, purpose, tenant_id, action, entity, entity_id, changed_fields, metadata)
          SELECT 'system', ${purpose}, tenant_id, ${`${CAMPAIGN_SCHEDULE_JOB}.complete`}, 'campaign',
            id, '{status}', jsonb_build_object('from', from_status, 'to', 'completed')
          FROM completed`;
        return { started, completed };
      });
      if (moved.started + moved.completed > 0) log.info(moved, "campaigns started and completed");
    },
  });
}
