import type {
  SubscriptionChangeKind,
  SubscriptionPlan,
  SubscriptionStatus,
} from "../generated/prisma/client";
import { PLAN_FEES, SETUP_FEES, type Business } from "./businesses";
import { addDays, addMinutes, addMonths, type SeedClock } from "./clock";
import { randomFor } from "./random";

/** Who made a subscription change: the business's rep, platform staff, or a billing job. */
export type ChangeActor = "rep" | "owner" | "admin" | "system";

export interface SubscriptionEvent {
  kind: SubscriptionChangeKind;
  at: Date;
  fromStatus?: SubscriptionStatus;
  toStatus?: SubscriptionStatus;
  fromPlan?: SubscriptionPlan;
  toPlan?: SubscriptionPlan;
  fromFee?: string;
  toFee?: string;
  actor: ChangeActor;
  reason?: string;
}

export interface Payment {
  at: Date;
  amount: string;
}

/**
 * One business's subscription told as dated facts: the tenant row, `subscription_changes`,
 * `platform_revenue` and the rest of its data are all derived from it, so they agree.
 */
export interface SubscriptionStory {
  createdAt: Date;
  trialEndsAt: Date;
  activatedAt: Date | null;
  status: SubscriptionStatus;
  plan: SubscriptionPlan;
  fee: string;
  nextBillingDate: Date | null;
  suspendedAt: Date | null;
  suspensionReason: string | null;
  churnedAt: Date | null;
  events: SubscriptionEvent[];
  setupFee: Payment | null;
  monthlyPayments: Payment[];
  /** A payment sent twice by mistake, and when it was refunded. */
  duplicate: { payment: Payment; refundedAt: Date } | null;
  /** Until when the business used Aizalo (now, unless it was suspended or left). */
  activeUntil: Date;
}

const TRIAL_DAYS = 14;
const GRACE_PERIOD_DAYS = 7;

export function subscriptionStory(business: Business, clock: SeedClock): SubscriptionStory {
  const random = randomFor("subscription", business.industry);
  const lifecycle = business.lifecycle;

  if (lifecycle.status === "trial") {
    const createdAt = clock.daysAgo(lifecycle.createdDaysAgo, random.int(9, 16), random.int(0, 59));
    const fee = PLAN_FEES[lifecycle.plan];
    const trialEndsAt = addDays(createdAt, TRIAL_DAYS);
    return {
      createdAt,
      trialEndsAt,
      activatedAt: null,
      status: "trial",
      plan: lifecycle.plan,
      fee,
      nextBillingDate: trialEndsAt,
      suspendedAt: null,
      suspensionReason: null,
      churnedAt: null,
      events: [
        {
          kind: "created",
          at: createdAt,
          toStatus: "trial",
          toPlan: lifecycle.plan,
          toFee: fee,
          actor: "rep",
        },
      ],
      setupFee: null,
      monthlyPayments: [],
      duplicate: null,
      activeUntil: clock.now,
    };
  }

  // Billing dates run monthly back from the latest payment, so the count never depends on the
  // day the seed runs.
  const lastPaidAt = clock.daysAgo(lifecycle.lastPaidDaysAgo, random.int(8, 17), random.int(0, 59));
  const billingDates = Array.from({ length: lifecycle.payments }, (_, index) =>
    addMonths(lastPaidAt, index - (lifecycle.payments - 1)),
  );
  const activatedAt = billingDates[0];
  if (!activatedAt) throw new Error(`${business.name} needs at least one payment`);
  const createdAt = addMinutes(
    addDays(activatedAt, -lifecycle.trialDaysUsed),
    -random.int(60, 300),
  );

  let plan = lifecycle.plan;
  let fee = PLAN_FEES[plan];
  const events: SubscriptionEvent[] = [
    { kind: "created", at: createdAt, toStatus: "trial", toPlan: plan, toFee: fee, actor: "rep" },
    {
      kind: "activated",
      at: activatedAt,
      fromStatus: "trial",
      toStatus: "active",
      toPlan: plan,
      toFee: fee,
      actor: "rep",
    },
  ];

  const monthlyPayments: Payment[] = [];
  billingDates.forEach((billedAt, index) => {
    for (const change of lifecycle.changes.filter((candidate) => candidate.atPayment === index)) {
      // Decided the day before the bill, so that bill already has the new fee.
      const at = addDays(billedAt, -1);
      const newPlan = change.plan ?? plan;
      const newFee = change.fee ?? (change.plan ? PLAN_FEES[change.plan] : fee);
      events.push(
        change.plan
          ? {
              kind: "plan_changed",
              at,
              fromPlan: plan,
              toPlan: newPlan,
              fromFee: fee,
              toFee: newFee,
              actor: "admin",
              reason: change.reason,
            }
          : {
              kind: "fee_changed",
              at,
              fromFee: fee,
              toFee: newFee,
              actor: "owner",
              reason: change.reason,
            },
      );
      plan = newPlan;
      fee = newFee;
    }
    // Setup fee and first month are two M-Pesa transactions a minute apart.
    monthlyPayments.push({ at: index === 0 ? addMinutes(billedAt, 1) : billedAt, amount: fee });
  });

  const dueAt = addMonths(lastPaidAt, 1);
  let nextBillingDate: Date | null = dueAt;
  let suspendedAt: Date | null = null;
  let suspensionReason: string | null = null;
  let churnedAt: Date | null = null;
  let activeUntil = clock.now;

  if (lifecycle.status === "past_due" || lifecycle.status === "suspended") {
    // The billing job marks a missed payment the day after it was due.
    const pastDueAt = addDays(dueAt, 1);
    events.push({
      kind: "status_changed",
      at: pastDueAt,
      fromStatus: "active",
      toStatus: "past_due",
      actor: "system",
      reason: "Monthly payment not received",
    });
    if (lifecycle.status === "suspended") {
      suspendedAt = addDays(pastDueAt, GRACE_PERIOD_DAYS);
      suspensionReason = `Unpaid for more than the ${GRACE_PERIOD_DAYS}-day grace period`;
      events.push({
        kind: "status_changed",
        at: suspendedAt,
        fromStatus: "past_due",
        toStatus: "suspended",
        actor: "system",
        reason: suspensionReason,
      });
      nextBillingDate = null;
      activeUntil = suspendedAt;
    }
  }
  if (lifecycle.status === "canceled" && lifecycle.canceled) {
    churnedAt = clock.daysAgo(lifecycle.canceled.daysAgo, 11, 20);
    events.push({
      kind: "status_changed",
      at: churnedAt,
      fromStatus: "active",
      toStatus: "canceled",
      actor: "admin",
      reason: lifecycle.canceled.reason,
    });
    nextBillingDate = null;
    activeUntil = churnedAt;
  }

  const duplicateOf =
    lifecycle.duplicatePaymentAt === undefined
      ? undefined
      : monthlyPayments[lifecycle.duplicatePaymentAt];
  const duplicatePayment = duplicateOf
    ? { at: addMinutes(duplicateOf.at, 3), amount: duplicateOf.amount }
    : null;

  return {
    createdAt,
    trialEndsAt: addDays(createdAt, TRIAL_DAYS),
    activatedAt,
    status: lifecycle.status,
    plan,
    fee,
    nextBillingDate,
    suspendedAt,
    suspensionReason,
    churnedAt,
    events,
    setupFee: { at: activatedAt, amount: SETUP_FEES[lifecycle.plan] },
    monthlyPayments,
    duplicate: duplicatePayment
      ? { payment: duplicatePayment, refundedAt: addDays(duplicatePayment.at, 2) }
      : null,
    activeUntil,
  };
}

/** Still using Aizalo: on trial, paying, or late with a payment. */
export function isLive(story: Pick<SubscriptionStory, "status">): boolean {
  return story.status === "trial" || story.status === "active" || story.status === "past_due";
}
