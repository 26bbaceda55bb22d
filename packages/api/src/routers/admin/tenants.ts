import { platformAccessFor, startImpersonation, stopImpersonation } from "../../impersonation";
import { router } from "../../trpc/init";
import { ownerProcedure } from "../../trpc/procedures";
import {
  platformAccessInput,
  startImpersonationInput,
  stopImpersonationInput,
} from "./tenants.types";

/** admin.tenants: the businesses on the platform, as the owner and admins manage them. */
export const tenantsRouter = router({
  /** Whether a business allows "login as tenant" (the owner sees an opt-out before trying). */
  platformAccess: ownerProcedure
    .input(platformAccessInput)
    .query(({ ctx, input }) => platformAccessFor(ctx.db, input.tenantId)),
  /** "Login as tenant": the owner alone, with a reason, for 30 minutes. */
  startImpersonation: ownerProcedure
    .input(startImpersonationInput)
    .mutation(async ({ ctx, input }) => {
      const started = await startImpersonation(ctx.db, ctx.session.userId, input);
      ctx.audit({
        entity: "impersonation_session",
        entityId: started.impersonationSessionId,
        tenantId: started.tenantId,
        changedFields: ["reason", "allow_changes", "expires_at"],
      });
      return started;
    }),
  stopImpersonation: ownerProcedure
    .input(stopImpersonationInput)
    .mutation(async ({ ctx, input }) => {
      const stopped = await stopImpersonation(
        ctx.db,
        ctx.session.userId,
        input.impersonationSessionId,
      );
      ctx.audit({
        entity: "impersonation_session",
        entityId: input.impersonationSessionId,
        tenantId: stopped.tenantId,
        changedFields: stopped.stopped ? ["ended_at"] : [],
      });
      return stopped;
    }),
});
