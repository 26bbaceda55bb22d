import {
  createLead,
  createLeadInput,
  getLead,
  leadAssignees,
  leadBoard,
  leadIdInput,
  listLeads,
  listLeadsInput,
  moveLead,
  moveLeadInput,
  updateLead,
  updateLeadInput,
} from "../../services/tenant-leads";
import { z } from "zod";
import { router } from "../../trpc/init";
import { tenantPermissionProcedure, tenantProcedure } from "../../trpc/procedures";

// Leads are customer records: writing them needs customers.write (PostgreSQL's policy agrees).
const leadWriter = tenantPermissionProcedure("customers.write");

/** tenant.leads: the business's sales pipeline. */
export const leadsRouter = router({
  list: tenantProcedure.input(listLeadsInput).query(({ ctx, input }) => listLeads(ctx.db, input)),
  board: tenantProcedure
    .input(z.object({ assignedTo: z.uuid().optional() }))
    .query(({ ctx, input }) => leadBoard(ctx.db, input.assignedTo)),
  get: tenantProcedure.input(leadIdInput).query(({ ctx, input }) => getLead(ctx.db, input.id)),
  assignees: tenantProcedure.query(({ ctx }) => leadAssignees(ctx.db)),

  create: leadWriter.input(createLeadInput).mutation(async ({ ctx, input }) => {
    const lead = await createLead(ctx.db, input);
    ctx.audit({ entity: "lead", entityId: lead.id, changedFields: input });
    return lead;
  }),
  update: leadWriter.input(updateLeadInput).mutation(async ({ ctx, input }) => {
    const { id, ...changes } = input;
    const lead = await updateLead(ctx.db, id, changes);
    ctx.audit({ entity: "lead", entityId: id, changedFields: changes });
    return lead;
  }),
  move: leadWriter.input(moveLeadInput).mutation(async ({ ctx, input }) => {
    const moved = await moveLead(ctx.db, input);
    ctx.audit({
      entity: "lead",
      entityId: input.id,
      changedFields:
        input.stage === "won"
          ? ["stage", "value", "converted_at", "probability"]
          : ["stage", "converted_at", "lost_reason"],
    });
    return moved.lead;
  }),
});
