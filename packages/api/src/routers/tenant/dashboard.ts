import { businessCalendar, dashboardFigures, recentActivity } from "../../services/analytics";
import { router } from "../../trpc/init";
import { tenantProcedure } from "../../trpc/procedures";

/** tenant.dashboard: the business at a glance. Every role reads it, viewers included. */
export const dashboardRouter = router({
  figures: tenantProcedure.query(async ({ ctx }) =>
    dashboardFigures(ctx.db, await businessCalendar(ctx.db, ctx.session.tenantId)),
  ),
  recentActivity: tenantProcedure.query(({ ctx }) => recentActivity(ctx.db)),
});
