import { z } from "zod";
import {
  createFlag,
  listFeatureFlags,
  removeTenantOverride,
  setGlobalFlag,
  setTenantOverride,
} from "../../services/feature-flags";
import { router } from "../../trpc/init";
import { adminProcedure } from "../../trpc/procedures";

// The database's own rule for a key (feature_flags CHECK), said in words for the form.
const flagKey = z
  .string()
  .trim()
  .regex(
    /^[a-z][a-z0-9_.-]{0,79}$/,
    "Lower-case letters, digits, dots, dashes and underscores, starting with a letter.",
  );

/**
 * admin.flags: global feature flags and per-tenant overrides. Owner and admins: flags are
 * product switches, not the owner-only platform settings (DESIGN.md "Actors and roles").
 */
export const flagsRouter = router({
  list: adminProcedure.query(({ ctx }) => listFeatureFlags(ctx.db)),
  create: adminProcedure
    .input(z.object({ key: flagKey, description: z.string().trim().min(1).max(300) }))
    .mutation(async ({ ctx, input }) => {
      const flag = await createFlag(ctx.db, input);
      ctx.audit({ entity: "feature_flag", entityId: flag.id, changedFields: ["key", "enabled"] });
      return flag;
    }),
  setGlobal: adminProcedure
    .input(z.object({ key: flagKey, enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const flag = await setGlobalFlag(ctx.db, input);
      ctx.audit({ entity: "feature_flag", entityId: flag.id, changedFields: ["enabled"] });
      return flag;
    }),
  setOverride: adminProcedure
    .input(z.object({ key: flagKey, tenantId: z.uuid(), enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const flag = await setTenantOverride(ctx.db, input);
      ctx.audit({
        entity: "feature_flag",
        entityId: flag.id,
        tenantId: input.tenantId,
        changedFields: ["enabled"],
      });
      return flag;
    }),
  removeOverride: adminProcedure
    .input(z.object({ key: flagKey, tenantId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const flag = await removeTenantOverride(ctx.db, input);
      ctx.audit({
        entity: "feature_flag",
        entityId: flag.id,
        tenantId: input.tenantId,
        changedFields: ["enabled"],
      });
      return flag;
    }),
});
