import { z } from "zod";
import { monthInput, platformHealth, platformOverview } from "../../services/platform-metrics";
import { router } from "../../trpc/init";
import { adminProcedure } from "../../trpc/procedures";

export const overviewInput = z.object({ month: monthInput.optional() }).default({});

/** admin.overview: the platform's figures (DESIGN.md "Platform metrics") for /admin. */
export const overviewRouter = router({
  /** MRR and its movement, tenants by status, churn, ARPT, 12 months of revenue. */
  get: adminProcedure
    .input(overviewInput)
    .query(({ ctx, input }) => platformOverview(ctx.db, { month: input.month })),
  /** The last 24 hours: API calls, server error rate, p95, active conversations, AI tokens. */
  health: adminProcedure.query(({ ctx }) => platformHealth(ctx.db, new Date())),
});
