import {
  audiencePreview,
  audiencePreviewInput,
  campaignIdInput,
  changeCampaignStatus,
  changeCampaignStatusInput,
  createCampaign,
  createCampaignInput,
  deleteDraftCampaign,
  getCampaign,
  listCampaigns,
  listCampaignsInput,
  updateCampaign,
  updateCampaignInput,
} from "../../services/campaigns";
import { router } from "../../trpc/init";
import { tenantPermissionProcedure, tenantProcedure } from "../../trpc/procedures";

// campaigns.write, as PostgreSQL's policy on campaigns: owner, admin and staff; never a viewer.
const campaignWriter = tenantPermissionProcedure("campaigns.write");

/** tenant.campaigns: the business's marketing campaigns, from draft to completed. */
export const campaignsRouter = router({
  list: tenantProcedure
    .input(listCampaignsInput)
    .query(({ ctx, input }) => listCampaigns(ctx.db, input)),
  get: tenantProcedure
    .input(campaignIdInput)
    .query(({ ctx, input }) => getCampaign(ctx.db, input.id)),
  /** The live count under the audience builder: consenting customers only. */
  audiencePreview: tenantProcedure
    .input(audiencePreviewInput)
    .query(({ ctx, input }) => audiencePreview(ctx.db, ctx.session.tenantId, input)),

  create: campaignWriter.input(createCampaignInput).mutation(async ({ ctx, input }) => {
    // Impersonating platform staff have no tenant user row to name as the author.
    const author = ctx.session.impersonatorId ? null : ctx.session.userId;
    const campaign = await createCampaign(ctx.db, input, author);
    ctx.audit({ entity: "campaign", entityId: campaign.id, changedFields: input });
    return campaign;
  }),
  update: campaignWriter.input(updateCampaignInput).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    const campaign = await updateCampaign(ctx.db, id, changes);
    ctx.audit({ entity: "campaign", entityId: id, changedFields: changes });
    return campaign;
  }),
  changeStatus: campaignWriter.input(changeCampaignStatusInput).mutation(async ({ ctx, input }) => {
    const moved = await changeCampaignStatus(ctx.db, input.id, input.to);
    ctx.audit({ entity: "campaign", entityId: input.id, changedFields: moved.changedFields });
    return moved.campaign;
  }),
  deleteDraft: campaignWriter.input(campaignIdInput).mutation(async ({ ctx, input }) => {
    const deleted = await deleteDraftCampaign(ctx.db, input.id);
    ctx.audit({ entity: "campaign", entityId: input.id, changedFields: ["deleted_at"] });
    return deleted;
  }),
});
