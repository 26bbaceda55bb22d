import { apiEnv } from "../../env";
import { inviteTeamMember } from "../../team/invite-member";
import { listTeam } from "../../team/list-team";
import { revokeInvitation } from "../../team/revoke-invitation";
import { router } from "../../trpc/init";
import { tenantPermissionProcedure } from "../../trpc/procedures";
import { inviteInput, revokeInviteInput } from "./team.types";

const teamManager = tenantPermissionProcedure("team.manage");

/** The page that takes an invitation's token, on the configured origin. */
const invitationLink = (token: string) =>
  new URL(`/invite/${token}`, apiEnv().WEB_ORIGIN).toString();

/** tenant.team: who works in the business, and inviting more people. */
export const teamRouter = router({
  list: teamManager.query(({ ctx }) => listTeam(ctx.db)),
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
});
