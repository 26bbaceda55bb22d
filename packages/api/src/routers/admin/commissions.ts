import {
  approveCommissions,
  commissionsCsv,
  listCommissions,
  markCommissionsPaid,
} from "../../services/commissions";
import { router } from "../../trpc/init";
import { adminProcedure, ownerProcedure } from "../../trpc/procedures";
import {
  approveCommissionsInput,
  commissionFiltersInput,
  listCommissionsInput,
  markCommissionsPaidInput,
} from "./commissions.types";

/**
 * admin.commissions: what sales reps earned. Owner and admins see them; approving and paying
 * are payouts, the owner's alone (DESIGN.md "Actors and roles").
 */
export const commissionsRouter = router({
  list: adminProcedure.input(listCommissionsInput).query(({ ctx, input }) => {
    const { page, pageSize, ...filters } = input;
    return listCommissions(ctx.db, filters, { page, pageSize });
  }),
  /** The filtered commissions as CSV (served as a download by /api/admin/export). */
  exportCsv: adminProcedure.input(commissionFiltersInput).query(async ({ ctx, input }) => ({
    filename: `aizalo-commissions${input.month ? `-${input.month}` : ""}.csv`,
    csv: await commissionsCsv(ctx.db, input),
  })),
  approve: ownerProcedure.input(approveCommissionsInput).mutation(async ({ ctx, input }) => {
    const approved = await approveCommissions(ctx.db, input.ids, ctx.session.userId);
    for (const id of new Set(input.ids)) {
      ctx.audit({
        entity: "commission",
        entityId: id,
        changedFields: ["status", "approved_at", "approved_by"],
      });
    }
    return approved;
  }),
  markPaid: ownerProcedure.input(markCommissionsPaidInput).mutation(async ({ ctx, input }) => {
    const result = await markCommissionsPaid(
      ctx.db,
      input.ids,
      ctx.session.userId,
      input.payoutReference,
    );
    // Refunds netted in are paid too: each changed row gets its audit line.
    for (const payout of result.payouts) {
      for (const id of [...payout.commissionIds, ...payout.nettedRefundIds]) {
        ctx.audit({
          entity: "commission",
          entityId: id,
          changedFields: ["status", "paid_at", "paid_by", "payout_reference"],
        });
      }
    }
    return result;
  }),
});
