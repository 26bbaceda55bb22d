import { z } from "zod";
import { TENANT_PERMISSIONS } from "../../trpc/permissions";

export const inviteInput = z.object({
  email: z.email("Enter a valid email address.").trim().max(320),
  fullName: z.string().trim().min(1, "Enter their name.").max(200),
  role: z.enum(["owner", "admin", "staff", "viewer"], { error: "Pick a role." }),
  permissions: z.array(z.enum(TENANT_PERMISSIONS)).max(TENANT_PERMISSIONS.length).default([]),
});

export const revokeInviteInput = z.object({ invitationId: z.uuid() });

const tenantRole = z.enum(["owner", "admin", "staff", "viewer"], { error: "Pick a role." });
const memberId = z.uuid("Pick a team member.");

export const changeRoleInput = z.object({ userId: memberId, role: tenantRole });
export const changePermissionsInput = z.object({
  userId: memberId,
  permissions: z.array(z.enum(TENANT_PERMISSIONS)).max(TENANT_PERMISSIONS.length),
});
export const setActiveInput = z.object({ userId: memberId, active: z.boolean() });
export const transferOwnershipInput = z.object({ userId: memberId });
