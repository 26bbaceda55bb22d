import type { TenantRole } from "@aizalo/db";

/** `tenant_users.permissions` vocabulary (DESIGN.md "Actors and roles"). */
export const TENANT_PERMISSIONS = [
  "customers.write",
  "conversations.reply",
  "campaigns.write",
  "campaigns.send",
  "analytics.view",
  "website.edit",
  "settings.write",
  "team.manage",
] as const;

export type TenantPermission = (typeof TENANT_PERMISSIONS)[number];

/** What each role may do before its own additions: owner and admin all, viewer nothing. */
const ROLE_DEFAULTS: Readonly<Record<TenantRole, readonly TenantPermission[]>> = {
  owner: TENANT_PERMISSIONS,
  admin: TENANT_PERMISSIONS,
  staff: [
    "customers.write",
    "conversations.reply",
    "campaigns.write",
    "campaigns.send",
    "analytics.view",
  ],
  viewer: [],
};

/**
 * Whether a role, with the user's own additions, holds a permission. Additions count for staff
 * only: a viewer is read-only whatever their row says (the database's app.tenant_can agrees).
 */
export function tenantRoleHolds(
  role: TenantRole,
  additions: readonly string[],
  permission: TenantPermission,
): boolean {
  if (ROLE_DEFAULTS[role].includes(permission)) return true;
  return role === "staff" && additions.includes(permission);
}
