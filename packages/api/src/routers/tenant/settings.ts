import { z } from "zod";
import { ForbiddenError } from "../../errors";
import { platformAccessFor, setPlatformLogin } from "../../impersonation";
import {
  aiToneInput,
  businessHoursInput,
  businessProfileInput,
  languagesInput,
  notificationsInput,
  readBusinessProfile,
  readWorkspaceSettings,
  saveAiTone,
  saveBusinessHours,
  saveLanguages,
  saveNotifications,
  updateBusinessProfile,
} from "../../services/tenant-settings";
import { router } from "../../trpc/init";
import {
  tenantAdminProcedure,
  tenantPermissionProcedure,
  tenantProcedure,
} from "../../trpc/procedures";
import { tenantRoleHolds } from "../../trpc/permissions";

// Hours, languages, AI tone and notifications need settings.write (owner and admin hold it;
// staff only when granted; viewer never), as tenant_settings' RLS policies do. The profile
// lives on the tenants row, which only an owner or admin may update (0006's policy).
const settingsWriter = tenantPermissionProcedure("settings.write");

/** tenant.settings: the business's own choices. */
export const settingsRouter = router({
  /** Everything the Settings page shows; anyone in the business may read it. */
  get: tenantProcedure.query(async ({ ctx }) => {
    const { tenantId, role, impersonatorId, userId } = ctx.session;
    const [profile, settings, own] = await Promise.all([
      readBusinessProfile(ctx.db, tenantId),
      readWorkspaceSettings(ctx.db),
      impersonatorId
        ? null
        : ctx.db.tenantUser.findFirst({ where: { id: userId }, select: { permissions: true } }),
    ]);
    const canEditProfile = role === "owner" || role === "admin";
    const canEdit = tenantRoleHolds(role, own?.permissions ?? [], "settings.write");
    return { profile, ...settings, canEdit, canEditProfile };
  }),
  updateProfile: tenantAdminProcedure
    .input(businessProfileInput)
    .mutation(async ({ ctx, input }) => {
      const changedFields = await updateBusinessProfile(ctx.db, ctx.session.tenantId, input);
      ctx.audit({ entity: "tenant", entityId: ctx.session.tenantId, changedFields });
      return readBusinessProfile(ctx.db, ctx.session.tenantId);
    }),
  updateHours: settingsWriter.input(businessHoursInput).mutation(async ({ ctx, input }) => {
    const changedFields = await saveBusinessHours(ctx.db, ctx.session.tenantId, input);
    ctx.audit({ entity: "tenant_setting", changedFields });
    return input;
  }),
  updateLanguages: settingsWriter.input(languagesInput).mutation(async ({ ctx, input }) => {
    const changedFields = await saveLanguages(ctx.db, ctx.session.tenantId, input);
    ctx.audit({ entity: "tenant_setting", changedFields });
    return input;
  }),
  updateAiTone: settingsWriter.input(aiToneInput).mutation(async ({ ctx, input }) => {
    const changedFields = await saveAiTone(ctx.db, ctx.session.tenantId, input);
    ctx.audit({ entity: "tenant_setting", changedFields });
    return input;
  }),
  updateNotifications: settingsWriter.input(notificationsInput).mutation(async ({ ctx, input }) => {
    const changedFields = await saveNotifications(ctx.db, ctx.session.tenantId, input);
    ctx.audit({ entity: "tenant_setting", changedFields });
    return input;
  }),
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
