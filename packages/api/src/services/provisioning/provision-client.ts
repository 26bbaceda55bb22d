import type { Database, ScopedDb } from "@aizalo/db";
import { ConflictError, ValidationError } from "../../errors";
import type { ClientDetails } from "./client-details";
import { numberSetting, planFee } from "./platform-settings";
import {
  auditProvisioning,
  inviteTenantOwner,
  isSubdomainUniqueViolation,
  nairobiDateAfter,
  PROVISIONING_PURPOSE,
  subdomainIsFree,
  subdomainTaken,
} from "./tenant-account";
import { plannedPages } from "./website-pages";

/** The steps of provisioning, in order; a test injects a failure after each one. */
export const PROVISIONING_STEPS = [
  "tenant",
  "owner",
  "website",
  "lead",
  "subscription",
  "session",
] as const;
export type ProvisioningStep = (typeof PROVISIONING_STEPS)[number];

export interface ProvisionClientRequest {
  /** The sales rep who onboards the client: assigned to it, and the actor in its audit rows. */
  repId: string;
  onboardingSessionId: string;
  /** The sales lead the wizard started from, marked won with the new tenant. */
  leadId: string | null;
  details: ClientDetails;
}

export interface ProvisioningOptions {
  database: Pick<Database, "runUnitOfWork">;
  /** The accept page's absolute URL for an invitation token. */
  invitationLink: (token: string) => string;
  now?: () => Date;
  /** Tests only: runs after each step inside the transaction (throwing rolls everything back). */
  afterStep?: (step: ProvisioningStep) => void | Promise<void>;
}

export interface ProvisionedClient {
  tenantId: string;
  subdomain: string;
  businessName: string;
  ownerEmail: string;
  invitationLink: string;
  invitationExpiresAt: Date;
  trialEndsAt: Date;
}

/**
 * Turns a finished onboarding wizard into a working business, in ONE unit of work run as the
 * `provisioning` service on behalf of the rep: the tenant (on trial, assigned to the rep), its
 * owner with an invitation, its website built from the template and the customizations, the
 * lead marked won, the trial's start in subscription_changes, and the session completed.
 * Anything thrown — a taken subdomain, a failed step — rolls all of it back.
 */
export async function provisionClient(
  request: ProvisionClientRequest,
  options: ProvisioningOptions,
): Promise<ProvisionedClient> {
  const now = options.now?.() ?? new Date();
  const after = options.afterStep ?? (() => {});
  const actor = {
    type: "system",
    purpose: PROVISIONING_PURPOSE,
    actingUserId: request.repId,
  } as const;
  try {
    return await options.database.runUnitOfWork(actor, async (db) => {
      const { details, repId } = request;
      const template = await templateFor(db, details);
      if (!(await subdomainIsFree(db, details.subdomain))) throw subdomainTaken();
      const trialDays = await numberSetting(db, "billing.trial_days");
      const trialEndsAt = nairobiDateAfter(now, trialDays);
      const fee = await planFee(db, details.plan);

      const tenant = await db.tenant.create({
        data: {
          businessName: details.businessName,
          subdomain: details.subdomain,
          industry: details.industry,
          phone: details.phone,
          email: details.ownerEmail,
          address: details.address || null,
          city: details.city,
          subscriptionStatus: "trial",
          subscriptionPlan: details.plan,
          monthlyFee: fee,
          trialEndsAt,
          assignedSalesRepId: repId,
          onboardedBy: repId,
          createdBy: repId,
          createdAt: now,
        },
        select: { id: true },
      });
      const audit = (action: string, entity: string, entityId: string, fields: string[]) =>
        auditProvisioning(db, {
          repId,
          tenantId: tenant.id,
          action: `provisioning.${action}`,
          entity,
          entityId,
          changedFields: fields,
        });
      await audit("tenant_created", "tenant", tenant.id, [
        "business_name",
        "subdomain",
        "industry",
        "subscription_status",
        "subscription_plan",
        "monthly_fee",
        "trial_ends_at",
        "assigned_sales_rep_id",
        "onboarded_by",
      ]);
      await after("tenant");

      const invited = await inviteTenantOwner(db, {
        tenantId: tenant.id,
        repId,
        email: details.ownerEmail,
        fullName: details.ownerName,
        businessName: details.businessName,
        now,
        linkFor: options.invitationLink,
      });
      await audit("owner_invited", "invitation", invited.invitationId, [
        "email",
        "full_name",
        "role",
      ]);
      await after("owner");

      const websiteId = await buildWebsite(db, tenant.id, template, details, now);
      await audit("website_built", "tenant_website", websiteId, [
        "template_id",
        "is_published",
        "pages",
        "customizations",
      ]);
      await after("website");

      if (request.leadId) {
        await markLeadWon(db, request.leadId, tenant.id, repId, now);
        await audit("lead_won", "sales_lead", request.leadId, ["status", "tenant_id"]);
      }
      await after("lead");

      const change = await db.subscriptionChange.create({
        data: {
          tenantId: tenant.id,
          kind: "created",
          toStatus: "trial",
          toPlan: details.plan,
          toFee: fee,
          effectiveAt: now,
          actorId: repId,
          reason: `Onboarded by the sales rep; ${trialDays}-day trial`,
        },
        select: { id: true },
      });
      await audit("trial_started", "subscription_change", change.id, [
        "kind",
        "to_status",
        "to_plan",
        "to_fee",
      ]);
      await after("subscription");

      await completeSession(db, request.onboardingSessionId, tenant.id, now);
      await audit("session_completed", "onboarding_session", request.onboardingSessionId, [
        "status",
        "completed_at",
        "tenant_id",
      ]);
      await after("session");

      return {
        tenantId: tenant.id,
        subdomain: details.subdomain,
        businessName: details.businessName,
        ownerEmail: details.ownerEmail,
        invitationLink: invited.link,
        invitationExpiresAt: invited.expiresAt,
        trialEndsAt,
      };
    });
  } catch (error) {
    if (isSubdomainUniqueViolation(error)) throw subdomainTaken();
    throw error;
  }
}

async function templateFor(db: ScopedDb, details: ClientDetails) {
  const template = await db.websiteTemplate.findFirst({
    where: { id: details.templateId, isActive: true },
    select: {
      id: true,
      industry: true,
      sections: {
        select: { sectionType: true, sectionName: true, defaultContent: true, sortOrder: true },
      },
    },
  });
  if (!template || template.industry !== details.industry) {
    const message = "Choose one of the templates for this industry.";
    throw new ValidationError(message, { templateId: [message] });
  }
  return template;
}

async function buildWebsite(
  db: ScopedDb,
  tenantId: string,
  template: Awaited<ReturnType<typeof templateFor>>,
  details: ClientDetails,
  now: Date,
): Promise<string> {
  // Published at once: a trial business shows its site from day one.
  const website = await db.tenantWebsite.create({
    data: { tenantId, templateId: template.id, isPublished: true, publishedAt: now },
    select: { id: true },
  });
  const customizations: [type: "color" | "font" | "logo" | "seo", key: string, value: string][] = [
    ["color", "primary", details.primaryColor],
    ["color", "accent", details.accentColor],
    ["font", "heading", details.headingFont],
    ["font", "body", details.bodyFont],
    ["seo", "title", `${details.businessName} | ${details.city}`],
  ];
  if (details.logoUrl) customizations.push(["logo", "url", details.logoUrl]);
  await db.websiteCustomization.createMany({
    data: customizations.map(([customizationType, key, value]) => ({
      tenantId,
      websiteId: website.id,
      customizationType,
      key,
      value,
    })),
  });
  const pages = plannedPages(template.sections, {
    business: details.businessName,
    town: details.city,
    address: details.address,
    phone: details.phone,
    email: details.ownerEmail,
  });
  await db.websitePage.createMany({
    data: pages.map((page) => ({ tenantId, websiteId: website.id, ...page })),
  });
  await db.websiteTemplate.update({
    where: { id: template.id },
    data: { usageCount: { increment: 1 } },
  });
  return website.id;
}

async function markLeadWon(
  db: ScopedDb,
  leadId: string,
  tenantId: string,
  repId: string,
  now: Date,
): Promise<void> {
  // Only a lead still in play: one already won (with its own tenant) or deleted stays as it is.
  const { count } = await db.salesLead.updateMany({
    where: { id: leadId, tenantId: null, status: { not: "won" } },
    data: { status: "won", tenantId, assignedTo: repId, lastContactAt: now, lostReason: null },
  });
  if (count !== 1) throw new ConflictError("This lead was already won or removed");
}

async function completeSession(
  db: ScopedDb,
  sessionId: string,
  tenantId: string,
  now: Date,
): Promise<void> {
  // Conditional: of two "Finish" clicks racing, the second completes nothing and rolls back.
  const { count } = await db.onboardingSession.updateMany({
    where: { id: sessionId, status: { in: ["scheduled", "in_progress"] } },
    data: { status: "completed", completedAt: now, tenantId, currentStep: "review" },
  });
  if (count !== 1) throw new ConflictError("This onboarding was already finished");
}
