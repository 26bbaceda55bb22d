import { z } from "zod";
import { TENANT_PERMISSIONS } from "../../trpc/permissions";

export const inviteInput = z.object({
  email: z.email("Enter a valid email address.").trim().max(320),
  fullName: z.string().trim().min(1, "Enter their name.").max(200),
  role: z.enum(["owner", "admin", "staff", "viewer"]),
  permissions: z.array(z.enum(TENANT_PERMISSIONS)).max(TENANT_PERMISSIONS.length).default([]),
});

export const revokeInviteInput = z.object({ invitationId: z.uuid() });
