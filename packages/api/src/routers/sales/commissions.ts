import { myCommissions, myCommissionsInput } from "../../services/sales-portal/my-commissions";
import { viewerOf } from "../../services/sales-portal/viewer";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";

/** sales.commissions: what I earned (read-only: rates and payouts are the owner's). */
export const commissionsRouter = router({
  mine: salesProcedure
    .input(myCommissionsInput)
    .query(({ ctx, input }) => myCommissions(ctx.db, viewerOf(ctx.session), input)),
});
