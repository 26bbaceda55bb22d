import { z } from "zod";
import { ForbiddenError } from "../../errors";
import { platformAccessFor, setPlatformLogin } from "../../impersonation";
import { router } from "../../trpc/init";
import { tenantAdminProcedure } from "../../trpc/procedures";

/** tenant.settings: the business's own choices. */
export const settingsRouter = router({
  platformAccess: router({
    /** Whether Aizalo's owner may "login as tenant", and when they last did. */
    get: tenantAdminProcedure.query(({ ctx }) => platformAccessFor(ctx.db, ctx.session.tenantId)),
    set: tenantAdminProcedure
      .input(z.object({ allowPlatformLogin: z.boolean() }))
      .mutation(async ({ ctx, input }) => {
        // The business decides this, not the platform owner while logged in as it.
        if (ctx.session.impersonatorId) {
          throw new ForbiddenError("Only the business's own people can change this");
        }
        const saved = await setPlatformLogin(
          ctx.db,
          ctx.session.tenantId,
          input.allowPlatformLogin,
        );
        ctx.audit({ entity: "tenant_setting", changedFields: ["privacy.allow_platform_login"] });
        return saved;
      }),
  }),
});
