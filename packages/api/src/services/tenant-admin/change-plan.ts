import { Prisma, type ScopedDb } from "@aizalo/db";
import { ValidationError } from "../../errors";
import { lockTenant } from "./lock-tenant";
import type { ChangePlanInput } from "./tenant-admin.types";

/**
 * A new plan and/or monthly fee, effective now, with a subscription_changes row saying what it
 * was before: expansion and contraction MRR are read from those rows (DESIGN.md metrics).
 */
export async function changePlan(db: ScopedDb, actorId: string, input: ChangePlanInput) {
  const tenant = await lockTenant(db, input.tenantId);
  const fee = new Prisma.Decimal(input.monthlyFee);
  const planChanged = tenant.subscription_plan !== input.plan;
  const feeChanged = !new Prisma.Decimal(tenant.monthly_fee).equals(fee);
  if (!planChanged && !feeChanged) {
    throw new ValidationError("The plan and fee are already these", {
      monthlyFee: ["Change the plan or the fee, or cancel."],
    });
  }

  const effectiveAt = new Date();
  await db.tenant.update({
    where: { id: tenant.id },
    data: { subscriptionPlan: input.plan, monthlyFee: fee },
    select: { id: true },
  });
  const change = await db.subscriptionChange.create({
    data: {
      tenantId: tenant.id,
      kind: planChanged ? "plan_changed" : "fee_changed",
      fromPlan: tenant.subscription_plan,
      toPlan: input.plan,
      fromFee: tenant.monthly_fee,
      toFee: fee,
      effectiveAt,
      actorId,
      reason: input.reason || null,
    },
    select: { id: true },
  });
  return {
    changeId: change.id,
    changedFields: [
      ...(planChanged ? ["subscription_plan"] : []),
      ...(feeChanged ? ["monthly_fee"] : []),
    ],
  };
}
