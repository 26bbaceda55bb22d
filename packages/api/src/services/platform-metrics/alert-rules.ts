import { Prisma, type ScopedDb } from "@aizalo/db";
import { apiHealth } from "./platform-health";

/** The alert rules of ROADMAP 10.C, as written there. */
export type AlertName =
  "high_error_rate" | "low_tenant_activity" | "api_rate_limit_approaching" | "payment_failure";

export interface AlertEvaluation {
  name: AlertName;
  severity: "critical" | "high" | "warning";
  notify: string[];
  condition: string;
  /** firing / ok, or not_measured when we do not collect what the rule needs. */
  status: "firing" | "ok" | "not_measured";
  /** The measured value as words ("7.50% of 400 calls"), or why it cannot be measured. */
  measured: string;
  threshold: string;
}

export interface AlertContext {
  now: Date;
  /** The mutation limit per person (MUTATION_RATE_LIMIT_POINTS per …_WINDOW_SECONDS). */
  mutationLimit: { points: number; windowSeconds: number };
}

const HOUR_MS = 3_600_000;

/** Evaluates every rule now, against api_usage and messages; nothing is stored. */
export async function evaluateAlerts(
  db: ScopedDb,
  { now, mutationLimit }: AlertContext,
): Promise<AlertEvaluation[]> {
  return [
    await highErrorRate(db, now),
    await lowTenantActivity(db, now),
    await rateLimitApproaching(db, now, mutationLimit),
    paymentFailure(),
  ];
}

async function highErrorRate(db: ScopedDb, now: Date): Promise<AlertEvaluation> {
  const api = await apiHealth(db, new Date(now.getTime() - HOUR_MS), now);
  const threshold = new Prisma.Decimal("0.05");
  const base = {
    name: "high_error_rate" as const,
    severity: "critical" as const,
    notify: ["ops_team", "platform_owner"],
    condition: "error_rate > 5% (server errors among API calls, last hour)",
    threshold: "5%",
  };
  if (!api.errorRate) return { ...base, status: "ok", measured: "no API calls in the last hour" };
  return {
    ...base,
    status: api.errorRate.greaterThan(threshold) ? "firing" : "ok",
    measured: `${api.errorRate.times(100).toFixed(2)}% (${api.serverErrors} of ${api.requests} calls)`,
  };
}

async function lowTenantActivity(db: ScopedDb, now: Date): Promise<AlertEvaluation> {
  const [row] = await db.$queryRaw<{ conversations: number }[]>`
    SELECT count(DISTINCT conversation_id)::int AS conversations FROM messages
    WHERE created_at >= ${new Date(now.getTime() - HOUR_MS)} AND created_at < ${now}`;
  const conversations = row?.conversations ?? 0;
  return {
    name: "low_tenant_activity",
    severity: "warning",
    notify: ["success_team"],
    condition: "active_conversations < 10 for 1 hour (conversations with a message, last hour)",
    status: conversations < 10 ? "firing" : "ok",
    measured: `${conversations} active conversations`,
    threshold: "10",
  };
}

async function rateLimitApproaching(
  db: ScopedDb,
  now: Date,
  limit: AlertContext["mutationLimit"],
): Promise<AlertEvaluation> {
  // The busiest person's mutations in the latest limit window, as the limiter counts them.
  const since = new Date(now.getTime() - limit.windowSeconds * 1000);
  const [row] = await db.$queryRaw<{ busiest: number | null }[]>`
    SELECT max(n)::int AS busiest FROM (
      SELECT count(*) AS n FROM api_usage
      WHERE method = 'mutation' AND user_id IS NOT NULL
        AND created_at >= ${since} AND created_at < ${now}
      GROUP BY user_type, user_id
    ) AS per_person`;
  const busiest = row?.busiest ?? 0;
  const threshold = Math.floor(limit.points * 0.8);
  return {
    name: "api_rate_limit_approaching",
    severity: "warning",
    notify: ["dev_team"],
    condition:
      `api_usage > 80% of limit (the busiest person's changes in the last ` +
      `${limit.windowSeconds} s against the mutation limit; businesses have no API quota yet)`,
    status: busiest > threshold ? "firing" : "ok",
    measured: `${busiest} of ${limit.points} changes`,
    threshold: `${threshold} (80% of ${limit.points})`,
  };
}

function paymentFailure(): AlertEvaluation {
  return {
    name: "payment_failure",
    severity: "high",
    notify: ["finance_team", "sales_rep"],
    condition: "payment_status = 'failed'",
    status: "not_measured",
    measured:
      "Not collected yet: platform_revenue records only payments received; failed M-Pesa or " +
      "card attempts are not stored anywhere, so this rule cannot fire.",
    threshold: "any failed payment",
  };
}
