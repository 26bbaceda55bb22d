import {
  analyticsReport,
  businessCalendar,
  dateRangeInput,
  todayIn,
} from "../../services/analytics";
import { router } from "../../trpc/init";
import { tenantPermissionProcedure } from "../../trpc/procedures";

// analytics.view: owner, admin and staff by default; viewers hold no permissions (DESIGN.md).
const analyst = tenantPermissionProcedure("analytics.view");

/** tenant.analytics: the business's figures over a range of its own calendar days. */
export const analyticsRouter = router({
  /** The business's time zone, currency and today's date: what the range picker needs. */
  calendar: analyst.query(async ({ ctx }) => {
    const calendar = await businessCalendar(ctx.db, ctx.session.tenantId);
    return { ...calendar, today: todayIn(calendar.timeZone) };
  }),
  report: analyst
    .input(dateRangeInput)
    .query(async ({ ctx, input }) =>
      analyticsReport(ctx.db, await businessCalendar(ctx.db, ctx.session.tenantId), input),
    ),
});
