import { apiEnv } from "../../env";
import {
  cancelOnboarding,
  finishOnboarding,
  getOnboardingSession,
  listOnboardingSessions,
  saveOnboardingStep,
  startableLeads,
  startOnboarding,
  subdomainAvailability,
  templatesForIndustry,
} from "../../services/provisioning";
import { router } from "../../trpc/init";
import { salesProcedure } from "../../trpc/procedures";
import {
  checkSubdomainInput,
  saveStepInput,
  sessionIdInput,
  startInput,
  templatesInput,
} from "./onboarding.types";

/** The page that takes an invitation's token, on the configured origin. */
const invitationLink = (token: string) =>
  new URL(`/invite/${token}`, apiEnv().WEB_ORIGIN).toString();

/** sales.onboarding: the client onboarding wizard; a rep sees and continues only their drafts. */
export const onboardingRouter = router({
  list: salesProcedure.query(({ ctx }) => listOnboardingSessions(ctx.db, ctx.session.userId)),
  get: salesProcedure
    .input(sessionIdInput)
    .query(({ ctx, input }) => getOnboardingSession(ctx.db, ctx.session.userId, input.sessionId)),
  leads: salesProcedure.query(({ ctx }) => startableLeads(ctx.db)),
  templates: salesProcedure
    .input(templatesInput)
    .query(({ ctx, input }) => templatesForIndustry(ctx.db, input.industry)),
  checkSubdomain: salesProcedure
    .input(checkSubdomainInput)
    .query(({ ctx, input }) =>
      subdomainAvailability(ctx.database, ctx.session.userId, input.subdomain),
    ),
  start: salesProcedure.input(startInput).mutation(async ({ ctx, input }) => {
    const session = await startOnboarding(ctx.db, ctx.session.userId, input.leadId ?? null);
    ctx.audit({
      entity: "onboarding_session",
      entityId: session.id,
      changedFields: ["status", "lead_id", "data"],
    });
    return session;
  }),
  saveStep: salesProcedure.input(saveStepInput).mutation(async ({ ctx, input }) => {
    const session = await saveOnboardingStep(ctx.db, ctx.database, ctx.session.userId, input);
    ctx.audit({
      entity: "onboarding_session",
      entityId: session.id,
      changedFields: ["data", "current_step"],
    });
    return session;
  }),
  cancel: salesProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) => {
    await cancelOnboarding(ctx.db, ctx.session.userId, input.sessionId);
    ctx.audit({
      entity: "onboarding_session",
      entityId: input.sessionId,
      changedFields: ["status"],
    });
    return { cancelled: true };
  }),
  /** Provisions the business (its own unit of work as the provisioning service). */
  finish: salesProcedure.input(sessionIdInput).mutation(async ({ ctx, input }) => {
    const client = await finishOnboarding(ctx.db, ctx.session.userId, input.sessionId, {
      database: ctx.database,
      invitationLink,
    });
    ctx.audit({
      entity: "onboarding_session",
      entityId: input.sessionId,
      tenantId: client.tenantId,
      changedFields: ["status", "completed_at", "tenant_id"],
    });
    return client;
  }),
});
