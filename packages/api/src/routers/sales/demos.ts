import { recordDemoOutcomeInput, scheduleDemoInput } from "../../services/sales-portal/demo-input";
import { recordDemoOutcome, scheduleDemo, upcomingDemos } from "../../services/sales-portal/demos";
import { viewerOf } from "../../services/sales-portal/viewer";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";

/** sales.demos: demo meetings with leads. */
export const demosRouter = router({
  upcoming: salesProcedure.query(({ ctx }) => upcomingDemos(ctx.db, viewerOf(ctx.session))),
  schedule: salesProcedure.input(scheduleDemoInput).mutation(async ({ ctx, input }) => {
    const demo = await scheduleDemo(ctx.db, viewerOf(ctx.session), input);
    ctx.audit({
      entity: "sales_demo",
      entityId: demo.id,
      changedFields: ["lead_id", "scheduled_at", "location", "call_link", "notes"],
    });
    return demo;
  }),
  /** Held, no-show or cancelled; a held demo moves an early lead to `demo`. */
  recordOutcome: salesProcedure.input(recordDemoOutcomeInput).mutation(async ({ ctx, input }) => {
    const recorded = await recordDemoOutcome(ctx.db, viewerOf(ctx.session), input);
    ctx.audit({ entity: "sales_demo", entityId: input.demoId, changedFields: ["status", "notes"] });
    if (recorded.leadMovedTo) {
      ctx.audit({
        entity: "sales_lead",
        entityId: recorded.demo.leadId,
        changedFields: ["status", "last_contact_at"],
      });
    }
    return recorded;
  }),
});
