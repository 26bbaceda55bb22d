import { apiEnv } from "../../env";
import { inviteTeamMember } from "../../team/invite-member";
import { listTeam } from "../../team/list-team";
import { revokeInvitation } from "../../team/revoke-invitation";
import { router } from "../../trpc/init";
import {
  changeMemberPermissions,
  changeMemberRole,
  setMemberActive,
  transferOwnership,
} from "../../team/member-access";
import { tenantAdminProcedure, tenantPermissionProcedure } from "../../trpc/procedures";
import {
  changePermissionsInput,
  changeRoleInput,
  inviteInput,
  revokeInviteInput,
  setActiveInput,
  transferOwnershipInput,
} from "./team.types";

const teamManager = tenantPermissionProcedure("team.manage");

/** The page that takes an invitation's token, on the configured origin. */
const invitationLink = (token: string) =>
  new URL(`/invite/${token}`, apiEnv().WEB_ORIGIN).toString();

/** tenant.team: who works in the business, and inviting more people. */
export const teamRouter = router({
  list: teamManager.query(async ({ ctx }) => ({
    ...(await listTeam(ctx.db)),
    /** So the page offers no controls on the viewer's own row. */
    yourId: ctx.session.impersonatorId ? null : ctx.session.userId,
    yourRole: ctx.session.role,
  })),
  invite: teamManager.input(inviteInput).mutation(async ({ ctx, input }) => {
    const invited = await inviteTeamMember(ctx.db, ctx.session, input, invitationLink);
    ctx.audit({
      entity: "invitation",
      entityId: invited.invitationId,
      changedFields: ["email", "full_name", "role", "permissions"],
    });
    return invited;
  }),
  revokeInvite: teamManager.input(revokeInviteInput).mutation(async ({ ctx, input }) => {
    const revoked = await revokeInvitation(ctx.db, input.invitationId);
    ctx.audit({
      entity: "invitation",
      entityId: input.invitationId,
      changedFields: ["revoked_at"],
    });
    return revoked;
  }),
  // Changing someone's access is for owners and admins only, whatever a staff member's
  // team.manage lets them invite (an admin never touches an owner; the service says why).
  changeRole: tenantAdminProcedure.input(changeRoleInput).mutation(async ({ ctx, input }) => {
    const result = await changeMemberRole(ctx.db, ctx.session, input);
    ctx.audit({
      entity: "tenant_user",
      entityId: input.userId,
      changedFields: result.changed ? ["role", "session_version"] : [],
    });
    return result;
  }),
  changePermissions: tenantAdminProcedure
    .input(changePermissionsInput)
    .mutation(async ({ ctx, input }) => {
      const result = await changeMemberPermissions(ctx.db, ctx.session, input);
      ctx.audit({ entity: "tenant_user", entityId: input.userId, changedFields: ["permissions"] });
      return result;
    }),
  setActive: tenantAdminProcedure.input(setActiveInput).mutation(async ({ ctx, input }) => {
    const result = await setMemberActive(ctx.db, ctx.session, input);
    ctx.audit({
      entity: "tenant_user",
      entityId: input.userId,
      changedFields: !result.changed
        ? []
        : input.active
          ? ["is_active"]
          : ["is_active", "session_version"],
    });
    return result;
  }),
  transferOwnership: tenantAdminProcedure
    .input(transferOwnershipInput)
    .mutation(async ({ ctx, input }) => {
      const result = await transferOwnership(ctx.db, ctx.session, input);
      ctx.audit({ entity: "tenant_user", entityId: input.userId, changedFields: ["role"] });
      ctx.audit({ entity: "tenant_user", entityId: ctx.session.userId, changedFields: ["role"] });
      return result;
    }),
});
