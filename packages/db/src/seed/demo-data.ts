import type { Prisma } from "../generated/prisma/client";
import { BUSINESSES, type Business } from "./businesses";
import type { SeedClock } from "./clock";
import { conversations } from "./conversations";
import { customerConsents } from "./consents";
import { bookingRequests, campaigns, customers, leads, reviews } from "./crm";
import {
  featureFlags,
  platformSettings,
  platformUsers,
  salesCommissionRates,
  salesTerritories,
} from "./platform";
import { platformRevenue } from "./revenue";
import { salesPipeline } from "./sales";
import type { SubscriptionStory } from "./subscriptions";
import { tenantContext } from "./tenant-context";
import { subscriptionChanges, tenantId, tenantRow, tenantSettings, tenantUsers } from "./tenants";
import { websiteSections, websiteTemplates } from "./website-templates";
import { tenantWebsite } from "./websites";

/** Every demo row, grouped by table, built in memory before anything is written. */
export interface DemoData {
  platformUsers: Prisma.PlatformUserCreateManyInput[];
  platformSettings: Prisma.PlatformSettingCreateManyInput[];
  salesTerritories: Prisma.SalesTerritoryCreateManyInput[];
  salesCommissionRates: Prisma.SalesCommissionRateCreateManyInput[];
  websiteTemplates: Prisma.WebsiteTemplateCreateManyInput[];
  websiteSections: Prisma.WebsiteSectionCreateManyInput[];
  tenants: Prisma.TenantCreateManyInput[];
  featureFlags: Prisma.FeatureFlagCreateManyInput[];
  subscriptionChanges: Prisma.SubscriptionChangeCreateManyInput[];
  tenantUsers: Prisma.TenantUserCreateManyInput[];
  tenantSettings: Prisma.TenantSettingCreateManyInput[];
  campaigns: Prisma.CampaignCreateManyInput[];
  customers: Prisma.CustomerCreateManyInput[];
  customerConsents: Prisma.CustomerConsentCreateManyInput[];
  conversations: Prisma.ConversationCreateManyInput[];
  messages: Prisma.MessageCreateManyInput[];
  leads: Prisma.LeadCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  bookingRequests: Prisma.BookingRequestCreateManyInput[];
  tenantWebsites: Prisma.TenantWebsiteCreateManyInput[];
  websiteCustomizations: Prisma.WebsiteCustomizationCreateManyInput[];
  websitePages: Prisma.WebsitePageCreateManyInput[];
  platformRevenue: Prisma.PlatformRevenueCreateManyInput[];
  refunds: Prisma.PlatformRevenueCreateManyInput[];
  commissions: Prisma.CommissionCreateManyInput[];
  salesLeads: Prisma.SalesLeadCreateManyInput[];
  salesDemos: Prisma.SalesDemoCreateManyInput[];
  onboardingSessions: Prisma.OnboardingSessionCreateManyInput[];
  salesClientNotes: Prisma.SalesClientNoteCreateManyInput[];
}

export function buildDemoData(clock: SeedClock, passwordHash: string): DemoData {
  const data: DemoData = {
    platformUsers: platformUsers(clock, passwordHash),
    platformSettings: platformSettings(clock),
    salesTerritories: salesTerritories(clock),
    salesCommissionRates: salesCommissionRates(clock),
    websiteTemplates: websiteTemplates(clock),
    websiteSections: websiteSections(clock),
    tenants: [],
    featureFlags: featureFlags(clock, (industry) => {
      const business = BUSINESSES.find((candidate) => candidate.industry === industry);
      if (!business) throw new Error(`No demo business for ${industry}`);
      return tenantId(business);
    }),
    subscriptionChanges: [],
    tenantUsers: [],
    tenantSettings: [],
    campaigns: [],
    customers: [],
    customerConsents: [],
    conversations: [],
    messages: [],
    leads: [],
    reviews: [],
    bookingRequests: [],
    tenantWebsites: [],
    websiteCustomizations: [],
    websitePages: [],
    platformRevenue: [],
    refunds: [],
    commissions: [],
    salesLeads: [],
    salesDemos: [],
    onboardingSessions: [],
    salesClientNotes: [],
  };

  const stories = new Map<Business, SubscriptionStory>();
  for (const business of BUSINESSES) {
    const context = tenantContext(business, clock);
    const { story } = context;
    stories.set(business, story);
    data.tenants.push(tenantRow(business, story));
    data.subscriptionChanges.push(...subscriptionChanges(business, story));
    data.tenantUsers.push(...tenantUsers(business, story, clock, passwordHash));
    data.tenantSettings.push(...tenantSettings(business, story));

    // Phones are unique per business across customers, leads and bookings alike, so a lead is
    // never mistaken for another customer.
    const phonesTaken = new Set<string>();
    const campaignRows = campaigns(context);
    const customerSeeds = customers(context, campaignRows.seeds, phonesTaken);
    const chats = conversations(context, customerSeeds);
    const reviewRows = reviews(context, customerSeeds);
    const website = tenantWebsite(
      context,
      reviewRows.filter((review) => review.isPublished),
    );

    data.campaigns.push(...campaignRows.rows);
    data.customers.push(...customerSeeds.map((customer) => customer.row));
    data.customerConsents.push(...customerConsents(context, customerSeeds));
    data.conversations.push(...chats.conversations);
    data.messages.push(...chats.messages);
    data.leads.push(...leads(context, customerSeeds, campaignRows.seeds, phonesTaken));
    data.reviews.push(...reviewRows);
    data.bookingRequests.push(...bookingRequests(context, customerSeeds, phonesTaken));
    data.tenantWebsites.push(website.website);
    data.websiteCustomizations.push(...website.customizations);
    data.websitePages.push(...website.pages);

    const money = platformRevenue(business, story, clock);
    data.platformRevenue.push(...money.revenue);
    data.refunds.push(...money.refunds);
    data.commissions.push(...money.commissions);
  }

  const sales = salesPipeline(clock, stories);
  data.salesLeads = sales.leads;
  data.salesDemos = sales.demos;
  data.onboardingSessions = sales.onboardingSessions;
  data.salesClientNotes = sales.clientNotes;
  return data;
}
