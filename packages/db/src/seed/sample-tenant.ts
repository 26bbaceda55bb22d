import { randomUUID } from "node:crypto";
import type { Industry, Prisma } from "../generated/prisma/client";
import { BUSINESSES } from "./businesses";
import { SeedClock } from "./clock";
import { conversations } from "./conversations";
import { bookingRequests, campaigns, customers, leads, reviews } from "./crm";
import { tenantContext } from "./tenant-context";
import { tenantSettings, tenantUsers } from "./tenants";
import { tenantWebsite } from "./websites";

// Sample data for a sales demo account: the seed's own generators, run for a copy of the
// industry's demo business under a new tenant. Pure (no database): the API's provisioning
// service writes the rows in its own unit of work. Exported as @aizalo/db/sample-data.

export interface SampleTenantData {
  /** The sample business's name, e.g. "Pwani Breeze Hotel". */
  businessName: string;
  phone: string;
  city: string;
  address: string;
  tenantUsers: Prisma.TenantUserCreateManyInput[];
  tenantSettings: Prisma.TenantSettingCreateManyInput[];
  campaigns: Prisma.CampaignCreateManyInput[];
  customers: Prisma.CustomerCreateManyInput[];
  conversations: Prisma.ConversationCreateManyInput[];
  messages: Prisma.MessageCreateManyInput[];
  leads: Prisma.LeadCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
  bookingRequests: Prisma.BookingRequestCreateManyInput[];
  website: Prisma.TenantWebsiteCreateManyInput;
  websiteCustomizations: Prisma.WebsiteCustomizationCreateManyInput[];
  websitePages: Prisma.WebsitePageCreateManyInput[];
}

/** How far back the sample's activity reaches. */
const SAMPLE_HISTORY_DAYS = 60;

/**
 * A tenant's worth of sample rows for `industry`, owned by `tenantId` on `subdomain`, dated
 * relative to `now`. Every row gets a fresh id (the seed's ids are fixed per industry), and
 * references between the rows follow. Users have no password: the caller invites the owner.
 */
export function sampleTenantData(
  industry: Industry,
  target: { tenantId: string; subdomain: string; now: Date },
): SampleTenantData {
  const template = BUSINESSES.find((business) => business.industry === industry);
  if (!template) throw new Error(`No sample business for ${industry}`);
  // A business on trial since SAMPLE_HISTORY_DAYS ago: its data is "live" up to now.
  const business = {
    ...template,
    subdomain: target.subdomain,
    websitePublished: true,
    lifecycle: { status: "trial", createdDaysAgo: SAMPLE_HISTORY_DAYS, plan: "professional" },
  } as const;
  const clock = new SeedClock(target.now);
  const context = tenantContext(business, clock);
  const phonesTaken = new Set<string>();
  const campaignRows = campaigns(context);
  const customerSeeds = customers(context, campaignRows.seeds, phonesTaken);
  const chats = conversations(context, customerSeeds);
  const reviewRows = reviews(context, customerSeeds);
  const site = tenantWebsite(
    context,
    reviewRows.filter((review) => review.isPublished),
  );
  const rows = {
    tenantUsers: tenantUsers(business, context.story, clock, "").map((user) => ({
      ...user,
      passwordHash: null,
      lastLoginAt: null,
    })),
    tenantSettings: tenantSettings(business, context.story),
    campaigns: campaignRows.rows,
    customers: customerSeeds.map((customer) => customer.row),
    conversations: chats.conversations,
    messages: chats.messages,
    leads: leads(context, customerSeeds, campaignRows.seeds, phonesTaken),
    reviews: reviewRows,
    bookingRequests: bookingRequests(context, customerSeeds, phonesTaken),
    website: site.website,
    websiteCustomizations: site.customizations,
    websitePages: site.pages,
  };
  const fresh = new Map<string, string>([[context.tenantId, target.tenantId]]);
  for (const table of Object.values(rows)) {
    for (const row of Array.isArray(table) ? table : [table]) {
      if (typeof row.id === "string") fresh.set(row.id, randomUUID());
    }
  }
  return {
    businessName: template.name,
    phone: template.phone,
    city: context.town.name,
    address: template.address,
    ...rekeyed(rows, fresh),
  };
}

/** A deep copy in which every string that is a mapped id becomes its new id. */
function rekeyed<T>(value: T, fresh: ReadonlyMap<string, string>): T {
  if (typeof value === "string") return (fresh.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => rekeyed(item, fresh)) as T;
  // Only plain objects are walked: a Date or a Decimal is kept as it is.
  if (value === null || typeof value !== "object") return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, rekeyed(item, fresh)]),
  ) as T;
}
