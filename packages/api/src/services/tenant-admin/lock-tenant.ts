import type { Prisma, ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";

export interface LockedTenant {
  id: string;
  subscription_status: "trial" | "active" | "past_due" | "canceled" | "suspended";
  subscription_plan: "starter" | "professional" | "growth";
  monthly_fee: Prisma.Decimal;
  is_demo: boolean;
}

/**
 * The tenant's subscription fields, locked until the unit of work commits: two staff changing
 * the same tenant at once queue up, so each history row's "from" is what it really replaced.
 */
export async function lockTenant(db: ScopedDb, tenantId: string): Promise<LockedTenant> {
  const [tenant] = await db.$queryRaw<LockedTenant[]>`
    SELECT id, subscription_status::text, subscription_plan::text, monthly_fee, is_demo
    FROM tenants WHERE id = ${tenantId}::uuid AND deleted_at IS NULL
    FOR UPDATE`;
  if (!tenant) throw new NotFoundError("Tenant");
  return tenant;
}
