import type { TenantRole } from "@aizalo/db";
import type { TenantSessionClaims } from "../auth/session";
import { tenantRoleHolds, type TenantPermission } from "../trpc/permissions";

/** Higher grants more: nobody hands out a role above their own. */
const ROLE_RANK: Readonly<Record<TenantRole, number>> = { viewer: 0, staff: 1, admin: 2, owner: 3 };

/** Whether `inviter` may give someone `role` (only owners make owners; 0007's guard agrees). */
export function mayGrantRole(inviter: TenantRole, role: TenantRole): boolean {
  return ROLE_RANK[role] <= ROLE_RANK[inviter];
}

/**
 * Whether the inviter holds every permission they hand out: a staff member with team.manage
 * must not grant settings.write they lack themselves.
 */
export function mayGrantPermissions(
  session: TenantSessionClaims,
  ownAdditions: readonly string[],
  permissions: readonly TenantPermission[],
): boolean {
  return permissions.every((permission) => tenantRoleHolds(session.role, ownAdditions, permission));
}
