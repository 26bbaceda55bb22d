/** Whether a business's users may use Aizalo right now, from its subscription and demo state. */
export type TenantAccess = "usable" | "suspended" | "closed";

export interface TenantAccountState {
  readonly subscriptionStatus: string;
  readonly isDemo: boolean;
  readonly demoExpiresAt: Date | null;
}

export function tenantAccess(tenant: TenantAccountState, now = new Date()): TenantAccess {
  if (tenant.isDemo && tenant.demoExpiresAt && tenant.demoExpiresAt <= now) return "closed";
  switch (tenant.subscriptionStatus) {
    // Late payers keep working while billing chases them; suspension is a separate decision.
    case "trial":
    case "active":
    case "past_due":
      return "usable";
    case "suspended":
      return "suspended";
    default:
      return "closed";
  }
}
