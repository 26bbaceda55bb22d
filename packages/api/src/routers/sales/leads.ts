import {
  createLeadInput,
  leadIdInput,
  listLeadsInput,
  moveLeadInput,
  updateLeadInput,
} from "../../services/sales-portal/lead-input";
import {
  createLead,
  getMyLead,
  listMyLeads,
  moveLead,
  updateLead,
} from "../../services/sales-portal/leads";
import { viewerOf } from "../../services/sales-portal/viewer";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";

/** sales.leads: my pipeline. Reads for the whole sales app; changes by sales reps only. */
export const leadsRouter = router({
  list: salesProcedure
    .input(listLeadsInput)
    .query(({ ctx, input }) => listMyLeads(ctx.db, viewerOf(ctx.session), input)),
  get: salesProcedure
    .input(leadIdInput)
    .query(({ ctx, input }) => getMyLead(ctx.db, viewerOf(ctx.session), input.leadId)),
  /** The territories a lead can be filed under (every territory; reps read them all). */
  territories: salesProcedure.query(({ ctx }) =>
    ctx.db.salesTerritory.findMany({
      select: { id: true, name: true, city: true },
      orderBy: { name: "asc" },
    }),
  ),
  create: salesProcedure.input(createLeadInput).mutation(async ({ ctx, input }) => {
    const lead = await createLead(ctx.db, viewerOf(ctx.session), input);
    ctx.audit({ entity: "sales_lead", entityId: lead.id, changedFields: input });
    return lead;
  }),
  update: salesProcedure.input(updateLeadInput).mutation(async ({ ctx, input }) => {
    const { leadId, ...fields } = input;
    const lead = await updateLead(ctx.db, viewerOf(ctx.session), input);
    ctx.audit({ entity: "sales_lead", entityId: leadId, changedFields: fields });
    return lead;
  }),
  /** A kanban move between stages; "won" comes from onboarding, not from here. */
  move: salesProcedure.input(moveLeadInput).mutation(async ({ ctx, input }) => {
    const moved = await moveLead(ctx.db, viewerOf(ctx.session), input);
    ctx.audit({
      entity: "sales_lead",
      entityId: input.leadId,
      changedFields: input.stage === "lost" ? ["status", "lost_reason"] : ["status"],
    });
    return moved;
  }),
});
