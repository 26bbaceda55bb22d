import type { ScopedDb } from "@aizalo/db";
import { ConflictError } from "../../errors";
import { lockTenant, type LockedTenant } from "./lock-tenant";

type Status = LockedTenant["subscription_status"];
const RESTORABLE: readonly Status[] = ["trial", "active", "past_due"];

/**
 * Suspends a business: its users are refused at sign-in and on their next request (the session
 * re-check reads the status), and its website says it is unavailable. Recorded in
 * subscription_changes so a paying tenant's suspension counts as churned MRR that month.
 */
export async function suspendTenant(
  db: ScopedDb,
  actorId: string,
  input: { tenantId: string; reason: string },
) {
  const tenant = await lockTenant(db, input.tenantId);
  if (tenant.subscription_status === "suspended") {
    throw new ConflictError("This business is already suspended");
  }
  if (tenant.subscription_status === "canceled") {
    throw new ConflictError("A canceled business cannot be suspended");
  }
  const now = new Date();
  await db.tenant.update({
    where: { id: tenant.id },
    data: { subscriptionStatus: "suspended", suspendedAt: now, suspensionReason: input.reason },
    select: { id: true },
  });
  const change = await db.subscriptionChange.create({
    data: {
      tenantId: tenant.id,
      kind: "status_changed",
      fromStatus: tenant.subscription_status,
      toStatus: "suspended",
      effectiveAt: now,
      actorId,
      reason: input.reason,
    },
    select: { id: true },
  });
  return { changeId: change.id, status: "suspended" as const };
}

/**
 * Lifts a suspension: the business returns to the status it had before (a trial stays a trial),
 * or `active` when the history does not say.
 */
export async function reactivateTenant(
  db: ScopedDb,
  actorId: string,
  input: { tenantId: string; reason: string },
) {
  const tenant = await lockTenant(db, input.tenantId);
  if (tenant.subscription_status !== "suspended") {
    throw new ConflictError("Only a suspended business can be reactivated");
  }
  const suspension = await db.subscriptionChange.findFirst({
    where: { tenantId: tenant.id, toStatus: "suspended" },
    orderBy: [{ effectiveAt: "desc" }, { createdAt: "desc" }],
    select: { fromStatus: true },
  });
  const previous = suspension?.fromStatus;
  const status: Status = previous && RESTORABLE.includes(previous) ? previous : "active";

  const now = new Date();
  await db.tenant.update({
    where: { id: tenant.id },
    data: { subscriptionStatus: status, suspendedAt: null, suspensionReason: null },
    select: { id: true },
  });
  const change = await db.subscriptionChange.create({
    data: {
      tenantId: tenant.id,
      kind: "status_changed",
      fromStatus: "suspended",
      toStatus: status,
      effectiveAt: now,
      actorId,
      reason: input.reason,
    },
    select: { id: true },
  });
  return { changeId: change.id, status };
}
