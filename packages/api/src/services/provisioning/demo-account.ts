import { randomBytes, randomUUID } from "node:crypto";
import type { Database, ScopedDb } from "@aizalo/db";
import { sampleTenantData } from "@aizalo/db/sample-data";
import { z } from "zod";
import { INDUSTRIES, type IndustryKey } from "./client-details";
import { numberSetting } from "./platform-settings";
import {
  auditProvisioning,
  issueInvitation,
  nairobiDateAfter,
  PROVISIONING_PURPOSE,
  subdomainIsFree,
} from "./tenant-account";

export const createDemoInput = z.object({
  industry: z.enum(INDUSTRIES),
  /** How long it lives; `demo.account_days` from platform settings when not given. */
  days: z.number().int().min(1, "At least one day.").max(60, "At most 60 days.").optional(),
});

const DAY_MS = 86_400_000;

/** Writing a few hundred sample rows takes longer than a click's usual unit of work. */
const DEMO_UNIT_OF_WORK_MS = 30_000;

/**
 * A demo account for a sales pitch: a business of the chosen industry filled with the seed's
 * sample customers, conversations, leads, campaigns and website, marked `is_demo` (kept out of
 * every platform figure), assigned to the rep, expiring after the set days (the demo.expiry job
 * removes it). Its owner gets an invitation link the rep uses to open the workspace. One unit of
 * work as the provisioning service: all of it or nothing.
 */
export async function createDemoAccount(
  request: { repId: string; industry: IndustryKey; days?: number | undefined },
  options: {
    database: Pick<Database, "runUnitOfWork">;
    invitationLink: (token: string) => string;
    now?: () => Date;
  },
) {
  const now = options.now?.() ?? new Date();
  const { repId, industry } = request;
  return options.database.runUnitOfWork(
    { type: "system", purpose: PROVISIONING_PURPOSE, actingUserId: repId },
    async (db) => {
      const days = request.days ?? (await numberSetting(db, "demo.account_days"));
      const demoExpiresAt = new Date(now.getTime() + days * DAY_MS);
      const tenantId = randomUUID();
      const subdomain = await freeDemoSubdomain(db, industry);
      const sample = sampleTenantData(industry, { tenantId, subdomain, now });

      await db.tenant.create({
        data: {
          id: tenantId,
          businessName: sample.businessName,
          subdomain,
          industry,
          phone: sample.phone,
          email: `hello@${subdomain}.demo.aizalo.test`,
          address: sample.address,
          city: sample.city,
          subscriptionStatus: "trial",
          subscriptionPlan: "professional",
          trialEndsAt: nairobiDateAfter(now, days),
          isDemo: true,
          demoExpiresAt,
          assignedSalesRepId: repId,
          createdBy: repId,
          createdAt: now,
        },
        select: { id: true },
      });
      await db.tenantUser.createMany({ data: sample.tenantUsers });
      await db.tenantSetting.createMany({ data: sample.tenantSettings });
      await db.campaign.createMany({ data: sample.campaigns });
      await db.customer.createMany({ data: sample.customers });
      await db.conversation.createMany({ data: sample.conversations });
      await db.message.createMany({ data: sample.messages });
      await db.lead.createMany({ data: sample.leads });
      await db.review.createMany({ data: sample.reviews });
      await db.bookingRequest.createMany({ data: sample.bookingRequests });
      await db.tenantWebsite.createMany({ data: [sample.website] });
      await db.websiteCustomization.createMany({ data: sample.websiteCustomizations });
      await db.websitePage.createMany({ data: sample.websitePages });
      await db.subscriptionChange.createMany({
        data: [
          {
            tenantId,
            kind: "created",
            toStatus: "trial",
            toPlan: "professional",
            toFee: "0",
            effectiveAt: now,
            actorId: repId,
            reason: `Demo account for ${days} days`,
          },
        ],
      });

      const owner = sample.tenantUsers.find((user) => user.role === "owner");
      if (!owner?.id) throw new Error("The sample business has no owner");
      const invited = await issueInvitation(db, {
        tenantId,
        tenantUserId: owner.id,
        repId,
        email: owner.email,
        fullName: owner.fullName,
        businessName: sample.businessName,
        now,
        linkFor: options.invitationLink,
      });
      await auditProvisioning(db, {
        repId,
        tenantId,
        action: "provisioning.demo_created",
        entity: "tenant",
        entityId: tenantId,
        changedFields: ["is_demo", "demo_expires_at", "industry", "subdomain"],
      });
      return {
        tenantId,
        subdomain,
        businessName: sample.businessName,
        demoExpiresAt,
        ownerEmail: owner.email,
        invitationLink: invited.link,
        counts: {
          customers: sample.customers.length,
          conversations: sample.conversations.length,
          leads: sample.leads.length,
        },
      };
    },
    { timeoutMs: DEMO_UNIT_OF_WORK_MS },
  );
}

/** `demo-hotels-3fa9`: clearly a demo, and free (a few tries, then a longer suffix). */
async function freeDemoSubdomain(db: ScopedDb, industry: IndustryKey): Promise<string> {
  const stem = `demo-${industry.replace(/_/g, "-")}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = `${stem}-${randomBytes(attempt < 4 ? 2 : 6).toString("hex")}`;
    if (await subdomainIsFree(db, candidate)) return candidate;
  }
  throw new Error("No free demo subdomain found");
}

/** The rep's live demo accounts (expired ones are removed by the demo.expiry job). */
export async function listDemoAccounts(db: ScopedDb, repId: string) {
  return db.tenant.findMany({
    where: { isDemo: true, assignedSalesRepId: repId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      businessName: true,
      subdomain: true,
      industry: true,
      demoExpiresAt: true,
      createdAt: true,
    },
  });
}
