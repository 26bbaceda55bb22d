import { platformAccessFor, startImpersonation, stopImpersonation } from "../../impersonation";
import {
  addNoteInput,
  addTenantNote,
  assignableStaff,
  assignStaff,
  assignStaffInput,
  changePlan,
  changePlanInput,
  listTenants,
  listTenantsInput,
  reactivateInput,
  reactivateTenant,
  suspendInput,
  suspendTenant,
  tenantDetail,
  tenantFilterOptions,
  tenantIdInput,
} from "../../services/tenant-admin";
import { router } from "../../trpc/init";
import { adminProcedure, ownerProcedure } from "../../trpc/procedures";
import {
  platformAccessInput,
  startImpersonationInput,
  stopImpersonationInput,
} from "./tenants.types";

/** admin.tenants: the businesses on the platform, as the owner and admins manage them. */
export const tenantsRouter = router({
  /** One page of tenants, filtered, searched and sorted on the server, with quick stats. */
  list: adminProcedure
    .input(listTenantsInput)
    .query(({ ctx, input }) => listTenants(ctx.db, input)),
  /** The cities and sales reps the list's filters offer. */
  filterOptions: adminProcedure.query(({ ctx }) => tenantFilterOptions(ctx.db)),
  /** Everything the tenant page shows. */
  byId: adminProcedure
    .input(tenantIdInput)
    .query(({ ctx, input }) => tenantDetail(ctx.db, input.tenantId)),
  /** Active sales reps and support people, for the assignment dialog. */
  assignableStaff: adminProcedure.query(({ ctx }) => assignableStaff(ctx.db)),

  changePlan: adminProcedure.input(changePlanInput).mutation(async ({ ctx, input }) => {
    const changed = await changePlan(ctx.db, ctx.session.userId, input);
    ctx.audit({
      entity: "tenant",
      entityId: input.tenantId,
      tenantId: input.tenantId,
      changedFields: changed.changedFields,
    });
    return { changeId: changed.changeId };
  }),
  assignStaff: adminProcedure.input(assignStaffInput).mutation(async ({ ctx, input }) => {
    const assigned = await assignStaff(ctx.db, input);
    ctx.audit({
      entity: "tenant",
      entityId: input.tenantId,
      tenantId: input.tenantId,
      changedFields: assigned.changedFields,
    });
    return assigned;
  }),
  suspend: adminProcedure.input(suspendInput).mutation(async ({ ctx, input }) => {
    const suspended = await suspendTenant(ctx.db, ctx.session.userId, input);
    ctx.audit({
      entity: "tenant",
      entityId: input.tenantId,
      tenantId: input.tenantId,
      changedFields: ["subscription_status", "suspended_at", "suspension_reason"],
    });
    return suspended;
  }),
  reactivate: adminProcedure.input(reactivateInput).mutation(async ({ ctx, input }) => {
    const reactivated = await reactivateTenant(ctx.db, ctx.session.userId, input);
    ctx.audit({
      entity: "tenant",
      entityId: input.tenantId,
      tenantId: input.tenantId,
      changedFields: ["subscription_status", "suspended_at", "suspension_reason"],
    });
    return reactivated;
  }),
  addNote: adminProcedure.input(addNoteInput).mutation(async ({ ctx, input }) => {
    const note = await addTenantNote(ctx.db, ctx.session.userId, input);
    ctx.audit({
      entity: "sales_client_note",
      entityId: note.id,
      tenantId: input.tenantId,
      changedFields: ["body"],
    });
    return note;
  }),

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
