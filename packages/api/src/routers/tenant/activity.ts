import { activityFilterInput, listActivity } from "../../services/tenant-activity";
import { router } from "../../trpc/init";
import { tenantAdminProcedure } from "../../trpc/procedures";

/** tenant.activity: who did what in the business, for its owner and admins. */
export const activityRouter = router({
  list: tenantAdminProcedure
    .input(activityFilterInput)
    .query(({ ctx, input }) => listActivity(ctx.db, ctx.session.tenantId, input)),
});
