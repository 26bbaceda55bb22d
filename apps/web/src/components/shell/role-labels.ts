import type { PlatformRole, TenantRole } from "@aizalo/db";

/** Roles in the words people use for their own job. */
export const PLATFORM_ROLE_LABELS: Record<PlatformRole, string> = {
  owner: "Platform owner",
  admin: "Platform admin",
  sales: "Sales rep",
  support: "Support",
};

export const TENANT_ROLE_LABELS: Record<TenantRole, string> = {
  owner: "Owner",
  admin: "Admin",
  staff: "Staff",
  viewer: "Viewer",
};
