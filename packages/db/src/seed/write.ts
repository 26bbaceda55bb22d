import type { Prisma } from "../generated/prisma/client";
import type { DemoData } from "./demo-data";

export interface TableCount {
  table: string;
  planned: number;
  inserted: number;
}

type Insert = (tx: Prisma.TransactionClient, data: DemoData) => Promise<{ count: number }>;

// Parents before children. Every insert skips rows whose id (or another unique key) already
// exists, so a second run writes nothing and a partly seeded database is completed.
const INSERTS: readonly (readonly [
  table: string,
  size: (data: DemoData) => number,
  insert: Insert,
])[] = [
  [
    "platform_users",
    (d) => d.platformUsers.length,
    (tx, d) => tx.platformUser.createMany({ data: d.platformUsers, skipDuplicates: true }),
  ],
  [
    "platform_settings",
    (d) => d.platformSettings.length,
    (tx, d) => tx.platformSetting.createMany({ data: d.platformSettings, skipDuplicates: true }),
  ],
  [
    "sales_territories",
    (d) => d.salesTerritories.length,
    (tx, d) => tx.salesTerritory.createMany({ data: d.salesTerritories, skipDuplicates: true }),
  ],
  [
    "sales_commission_rates",
    (d) => d.salesCommissionRates.length,
    (tx, d) =>
      tx.salesCommissionRate.createMany({ data: d.salesCommissionRates, skipDuplicates: true }),
  ],
  [
    "website_templates",
    (d) => d.websiteTemplates.length,
    (tx, d) => tx.websiteTemplate.createMany({ data: d.websiteTemplates, skipDuplicates: true }),
  ],
  [
    "website_sections",
    (d) => d.websiteSections.length,
    (tx, d) => tx.websiteSection.createMany({ data: d.websiteSections, skipDuplicates: true }),
  ],
  [
    "tenants",
    (d) => d.tenants.length,
    (tx, d) => tx.tenant.createMany({ data: d.tenants, skipDuplicates: true }),
  ],
  [
    "feature_flags",
    (d) => d.featureFlags.length,
    (tx, d) => tx.featureFlag.createMany({ data: d.featureFlags, skipDuplicates: true }),
  ],
  [
    "subscription_changes",
    (d) => d.subscriptionChanges.length,
    (tx, d) =>
      tx.subscriptionChange.createMany({ data: d.subscriptionChanges, skipDuplicates: true }),
  ],
  [
    "tenant_users",
    (d) => d.tenantUsers.length,
    (tx, d) => tx.tenantUser.createMany({ data: d.tenantUsers, skipDuplicates: true }),
  ],
  [
    "tenant_settings",
    (d) => d.tenantSettings.length,
    (tx, d) => tx.tenantSetting.createMany({ data: d.tenantSettings, skipDuplicates: true }),
  ],
  [
    "campaigns",
    (d) => d.campaigns.length,
    (tx, d) => tx.campaign.createMany({ data: d.campaigns, skipDuplicates: true }),
  ],
  [
    "customers",
    (d) => d.customers.length,
    (tx, d) => tx.customer.createMany({ data: d.customers, skipDuplicates: true }),
  ],
  [
    "customer_consents",
    (d) => d.customerConsents.length,
    (tx, d) => tx.customerConsent.createMany({ data: d.customerConsents, skipDuplicates: true }),
  ],
  [
    "conversations",
    (d) => d.conversations.length,
    (tx, d) => tx.conversation.createMany({ data: d.conversations, skipDuplicates: true }),
  ],
  [
    "messages",
    (d) => d.messages.length,
    (tx, d) => tx.message.createMany({ data: d.messages, skipDuplicates: true }),
  ],
  [
    "leads",
    (d) => d.leads.length,
    (tx, d) => tx.lead.createMany({ data: d.leads, skipDuplicates: true }),
  ],
  [
    "reviews",
    (d) => d.reviews.length,
    (tx, d) => tx.review.createMany({ data: d.reviews, skipDuplicates: true }),
  ],
  [
    "booking_requests",
    (d) => d.bookingRequests.length,
    (tx, d) => tx.bookingRequest.createMany({ data: d.bookingRequests, skipDuplicates: true }),
  ],
  [
    "tenant_websites",
    (d) => d.tenantWebsites.length,
    (tx, d) => tx.tenantWebsite.createMany({ data: d.tenantWebsites, skipDuplicates: true }),
  ],
  [
    "website_customizations",
    (d) => d.websiteCustomizations.length,
    (tx, d) =>
      tx.websiteCustomization.createMany({ data: d.websiteCustomizations, skipDuplicates: true }),
  ],
  [
    "website_pages",
    (d) => d.websitePages.length,
    (tx, d) => tx.websitePage.createMany({ data: d.websitePages, skipDuplicates: true }),
  ],
  [
    "platform_revenue",
    (d) => d.platformRevenue.length,
    (tx, d) => tx.platformRevenue.createMany({ data: d.platformRevenue, skipDuplicates: true }),
  ],
  [
    "platform_revenue (refunds)",
    (d) => d.refunds.length,
    (tx, d) => tx.platformRevenue.createMany({ data: d.refunds, skipDuplicates: true }),
  ],
  [
    "commissions",
    (d) => d.commissions.length,
    (tx, d) => tx.commission.createMany({ data: d.commissions, skipDuplicates: true }),
  ],
  [
    "sales_leads",
    (d) => d.salesLeads.length,
    (tx, d) => tx.salesLead.createMany({ data: d.salesLeads, skipDuplicates: true }),
  ],
  [
    "sales_demos",
    (d) => d.salesDemos.length,
    (tx, d) => tx.salesDemo.createMany({ data: d.salesDemos, skipDuplicates: true }),
  ],
  [
    "onboarding_sessions",
    (d) => d.onboardingSessions.length,
    (tx, d) =>
      tx.onboardingSession.createMany({ data: d.onboardingSessions, skipDuplicates: true }),
  ],
  [
    "sales_client_notes",
    (d) => d.salesClientNotes.length,
    (tx, d) => tx.salesClientNote.createMany({ data: d.salesClientNotes, skipDuplicates: true }),
  ],
];

export async function writeDemoData(
  tx: Prisma.TransactionClient,
  data: DemoData,
): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const [table, size, insert] of INSERTS) {
    const { count } = await insert(tx, data);
    counts.push({ table, planned: size(data), inserted: count });
  }
  return counts;
}
