import { apiEnv } from "../../env";
import { rateHistory, setCommissionRates } from "../../services/commissions";
import { leaderboard, resolvePeriod } from "../../services/sales-performance";
import {
  addTeamMember,
  createTerritory,
  listSalesTeam,
  listTerritories,
  resendInvitation,
  setTeamMemberActive,
  updateTeamMember,
  updateTerritory,
} from "../../services/sales-team";
import { router } from "../../trpc/init";
import { adminProcedure, ownerProcedure } from "../../trpc/procedures";
import {
  addTeamMemberInput,
  leaderboardInput,
  setActiveInput,
  setRatesInput,
  teamMemberInput,
  territoryFieldsInput,
  updateTeamMemberInput,
  updateTerritoryInput,
} from "./sales-team.types";

/** A new staff member's first password is set on the staff reset page, on the configured origin. */
const setPasswordLink = (token: string) =>
  new URL(`/login/reset/${token}`, apiEnv().WEB_ORIGIN).toString();

/**
 * admin.salesTeam: sales reps and support staff, territories, commission rates and the
 * leaderboard. Owner and admins manage people and territories; rates are the owner's alone.
 */
export const salesTeamRouter = router({
  list: adminProcedure.query(({ ctx }) => listSalesTeam(ctx.db)),
  add: adminProcedure.input(addTeamMemberInput).mutation(async ({ ctx, input }) => {
    const added = await addTeamMember(ctx.db, input, setPasswordLink);
    ctx.audit({
      entity: "platform_user",
      entityId: added.id,
      changedFields: ["email", "full_name", "phone", "role"],
    });
    return added;
  }),
  update: adminProcedure.input(updateTeamMemberInput).mutation(async ({ ctx, input }) => {
    const updated = await updateTeamMember(ctx.db, input);
    ctx.audit({
      entity: "platform_user",
      entityId: input.id,
      changedFields: [
        "full_name",
        "phone",
        ...(updated.roleChanged ? ["role", "session_version"] : []),
      ],
    });
    return updated;
  }),
  setActive: adminProcedure.input(setActiveInput).mutation(async ({ ctx, input }) => {
    const result = await setTeamMemberActive(ctx.db, input.id, input.active);
    ctx.audit({
      entity: "platform_user",
      entityId: input.id,
      changedFields: result.changed
        ? ["is_active", ...(input.active ? [] : ["session_version"])]
        : [],
    });
    return result;
  }),
  resendInvitation: adminProcedure.input(teamMemberInput).mutation(async ({ ctx, input }) => {
    await resendInvitation(ctx.db, input.id, setPasswordLink);
    ctx.audit({ entity: "platform_user", entityId: input.id, changedFields: ["invitation"] });
    return { sent: true };
  }),

  territories: adminProcedure.query(({ ctx }) => listTerritories(ctx.db)),
  createTerritory: adminProcedure.input(territoryFieldsInput).mutation(async ({ ctx, input }) => {
    const created = await createTerritory(ctx.db, input);
    ctx.audit({ entity: "sales_territory", entityId: created.id, changedFields: input });
    return created;
  }),
  updateTerritory: adminProcedure.input(updateTerritoryInput).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    await updateTerritory(ctx.db, id, fields);
    ctx.audit({ entity: "sales_territory", entityId: id, changedFields: fields });
    return { id };
  }),

  rateHistory: adminProcedure
    .input(teamMemberInput)
    .query(({ ctx, input }) => rateHistory(ctx.db, input.id)),
  setRates: ownerProcedure.input(setRatesInput).mutation(async ({ ctx, input }) => {
    const rates = await setCommissionRates(ctx.db, input, ctx.session.userId);
    ctx.audit({
      entity: "sales_commission_rate",
      entityId: rates.id,
      changedFields: ["sales_rep_id", "setup_rate", "recurring_rate", "effective_from"],
    });
    return rates;
  }),

  leaderboard: adminProcedure
    .input(leaderboardInput)
    .query(({ ctx, input }) => leaderboard(ctx.db, resolvePeriod(input.period))),
});
