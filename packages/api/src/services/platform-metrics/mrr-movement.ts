import { Prisma, type ScopedDb } from "@aizalo/db";
import type { Month } from "./months";

/**
 * How MRR moved in one month, rebuilt from `subscription_changes` alone (DESIGN.md "Platform
 * metrics"). Every change row is replayed per tenant in time order: a tenant's status is the
 * last `to_status` so far and its fee the last `to_fee` so far. A step from not paying to paying
 * is new MRR (first time ever) or reactivation; paying to paying with another fee is expansion
 * or contraction; paying to not paying is churn. So, to the cent:
 * start + new + reactivation + expansion − contraction − churned = end.
 */
export interface MrrMovement {
  /** MRR when the month began (Nairobi midnight on the 1st). */
  startMrr: Prisma.Decimal;
  /** MRR at the month's end, or now for the month in progress. */
  mrr: Prisma.Decimal;
  newMrr: Prisma.Decimal;
  reactivationMrr: Prisma.Decimal;
  expansionMrr: Prisma.Decimal;
  contractionMrr: Prisma.Decimal;
  churnedMrr: Prisma.Decimal;
  payingAtStart: number;
  payingAtEnd: number;
  /** Tenants that left paying status (canceled or suspended) during the month. */
  churnedTenants: number;
  newTenants: number;
}

interface MovementRow {
  start_mrr: string;
  end_mrr: string;
  new_mrr: string;
  reactivation_mrr: string;
  expansion_mrr: string;
  contraction_mrr: string;
  churned_mrr: string;
  paying_at_start: number;
  paying_at_end: number;
  churned_tenants: number;
  new_tenants: number;
}

/** `asOf` ends the replay for the month in progress (changes dated later are not yet true). */
export async function mrrMovement(db: ScopedDb, month: Month, asOf: Date): Promise<MrrMovement> {
  const [row] = await db.$queryRaw<MovementRow[]>`
    WITH bounds AS (
      SELECT
        (${month}::text || '-01')::timestamp AT TIME ZONE 'Africa/Nairobi' AS month_start,
        LEAST(
          ((${month}::text || '-01')::date + interval '1 month')::timestamp
            AT TIME ZONE 'Africa/Nairobi',
          ${asOf}::timestamptz
        ) AS month_end
    ),
    ordered AS (
      SELECT c.tenant_id, c.effective_at, c.to_status, c.to_fee,
        row_number() OVER w AS seq,
        count(c.to_status) OVER w AS status_group,
        count(c.to_fee) OVER w AS fee_group
      FROM subscription_changes c
      JOIN tenants t ON t.id = c.tenant_id AND NOT t.is_demo
      WHERE c.effective_at < (SELECT month_end FROM bounds)
      WINDOW w AS (PARTITION BY c.tenant_id ORDER BY c.effective_at, c.created_at, c.id)
    ),
    states AS (
      -- "Last non-null so far": the first row of each run that starts at a non-null value.
      SELECT tenant_id, effective_at, seq,
        first_value(to_status) OVER (PARTITION BY tenant_id, status_group ORDER BY seq)
          IN ('active', 'past_due') AS paying,
        COALESCE(first_value(to_fee) OVER (PARTITION BY tenant_id, fee_group ORDER BY seq), 0)
          AS fee
      FROM ordered
    ),
    steps AS (
      SELECT tenant_id, effective_at, seq, COALESCE(paying, false) AS paying, fee,
        COALESCE(lag(paying) OVER t, false) AS was_paying,
        COALESCE(lag(fee) OVER t, 0) AS was_fee,
        COALESCE(bool_or(paying) OVER (t ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false)
          AS paid_before
      FROM states
      WINDOW t AS (PARTITION BY tenant_id ORDER BY seq)
    ),
    in_month AS (
      SELECT * FROM steps WHERE effective_at >= (SELECT month_start FROM bounds)
    ),
    at_start AS (
      SELECT DISTINCT ON (tenant_id) paying, fee FROM steps
      WHERE effective_at < (SELECT month_start FROM bounds)
      ORDER BY tenant_id, seq DESC
    ),
    at_end AS (
      SELECT DISTINCT ON (tenant_id) paying, fee FROM steps ORDER BY tenant_id, seq DESC
    )
    SELECT
      (SELECT COALESCE(sum(fee) FILTER (WHERE paying), 0)::text FROM at_start) AS start_mrr,
      (SELECT COALESCE(sum(fee) FILTER (WHERE paying), 0)::text FROM at_end) AS end_mrr,
      (SELECT count(*) FILTER (WHERE paying)::int FROM at_start) AS paying_at_start,
      (SELECT count(*) FILTER (WHERE paying)::int FROM at_end) AS paying_at_end,
      COALESCE(sum(fee) FILTER (WHERE paying AND NOT was_paying AND NOT paid_before), 0)::text
        AS new_mrr,
      COALESCE(sum(fee) FILTER (WHERE paying AND NOT was_paying AND paid_before), 0)::text
        AS reactivation_mrr,
      COALESCE(sum(fee - was_fee) FILTER (WHERE paying AND was_paying AND fee > was_fee), 0)::text
        AS expansion_mrr,
      COALESCE(sum(was_fee - fee) FILTER (WHERE paying AND was_paying AND fee < was_fee), 0)::text
        AS contraction_mrr,
      COALESCE(sum(was_fee) FILTER (WHERE was_paying AND NOT paying), 0)::text AS churned_mrr,
      (count(DISTINCT tenant_id) FILTER (WHERE was_paying AND NOT paying))::int
        AS churned_tenants,
      (count(DISTINCT tenant_id) FILTER (WHERE paying AND NOT was_paying AND NOT paid_before))::int
        AS new_tenants
    FROM in_month`;
  if (!row) throw new Error("MRR movement query returned no row");
  const money = (value: string) => new Prisma.Decimal(value);
  return {
    startMrr: money(row.start_mrr),
    mrr: money(row.end_mrr),
    newMrr: money(row.new_mrr),
    reactivationMrr: money(row.reactivation_mrr),
    expansionMrr: money(row.expansion_mrr),
    contractionMrr: money(row.contraction_mrr),
    churnedMrr: money(row.churned_mrr),
    payingAtStart: row.paying_at_start,
    payingAtEnd: row.paying_at_end,
    churnedTenants: row.churned_tenants,
    newTenants: row.new_tenants,
  };
}
