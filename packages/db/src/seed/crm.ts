import type {
  CampaignStatus,
  Language,
  LeadStage,
  Prisma,
  ReviewSource,
} from "../generated/prisma/client";
import { addDays, addMinutes } from "./clock";
import type { CampaignIdea } from "./content";
import { seedId } from "./ids";
import { customerEmail, distinctMobiles, personName, TOWNS, type PersonName } from "./names";
import { pickTeamMember, randomFor, type Random } from "./random";
import { momentInUse, type TenantContext } from "./tenant-context";
import { tenantUserId } from "./tenants";
import { shillings } from "./text";

// A business's CRM: campaigns, customers, leads, reviews and website booking requests.

export interface CampaignSeed {
  id: string;
  status: CampaignStatus;
  startsAt: Date | null;
  idea: CampaignIdea;
}

export interface CustomerSeed {
  id: string;
  name: PersonName;
  phone: string;
  email: string | null;
  language: Language;
  /** Mutable until written: conversations move createdAt and lastActiveAt. */
  row: Prisma.CustomerCreateManyInput & { createdAt: Date; lastActiveAt: Date | null };
}

const LIVE_CAMPAIGN_STATUSES: readonly CampaignStatus[] = [
  "completed",
  "active",
  "scheduled",
  "paused",
  "draft",
];
// A business that stopped using Aizalo has nothing running or due.
const ENDED_CAMPAIGN_STATUSES: readonly CampaignStatus[] = [
  "completed",
  "completed",
  "paused",
  "draft",
  "draft",
];

export function campaigns(context: TenantContext): {
  rows: Prisma.CampaignCreateManyInput[];
  seeds: CampaignSeed[];
} {
  const { business, clock, content } = context;
  const statuses = context.live ? LIVE_CAMPAIGN_STATUSES : ENDED_CAMPAIGN_STATUSES;
  const rows: Prisma.CampaignCreateManyInput[] = [];
  const seeds: CampaignSeed[] = [];
  content.campaigns.forEach((idea, index) => {
    const random = randomFor("campaign", business.industry, index);
    const status = statuses[index] ?? "draft";
    const id = seedId("campaign", business.industry, index);
    let startsAt: Date | null = null;
    let endsAt: Date | null = null;
    if (status === "completed") {
      startsAt = momentInUse(context, random, 75);
      const room = context.story.activeUntil.getTime() - startsAt.getTime();
      endsAt = new Date(startsAt.getTime() + Math.min(14 * 86_400_000, Math.floor(room / 2)));
    } else if (status === "active") {
      startsAt = momentInUse(context, random, 10);
      endsAt = clock.daysAhead(random.int(10, 25), 23, 0);
    } else if (status === "scheduled") {
      startsAt = clock.daysAhead(random.int(2, 8), random.int(8, 17), 0);
      endsAt = addDays(startsAt, 7);
    } else if (status === "paused") {
      startsAt = momentInUse(context, random, 25);
    }
    const createdAt =
      startsAt && startsAt < clock.now
        ? earliestInUse(context, addDays(startsAt, -2))
        : momentInUse(context, random, 7);
    rows.push({
      id,
      tenantId: context.tenantId,
      name: idea.name,
      type: idea.type,
      channels: [...idea.channels],
      targetAudience: { tags: [...idea.audienceTags], languages: [idea.language] },
      content: { message: idea.message, language: idea.language },
      aiGenerated: random.chance(0.4),
      status,
      budget: shillings(idea.budget),
      schedule: startsAt ? { send_at: startsAt.toISOString(), timezone: "Africa/Nairobi" } : {},
      metrics:
        startsAt && startsAt < clock.now ? campaignMetrics(random, idea, context, status) : {},
      createdBy: tenantUserId(business, random.chance(0.6) ? "owner" : "admin"),
      createdAt,
      startsAt,
      endsAt,
    });
    seeds.push({ id, status, startsAt, idea });
  });
  return { rows, seeds };
}

function earliestInUse(context: TenantContext, at: Date): Date {
  const earliest = addMinutes(context.story.createdAt, 60);
  return at < earliest ? earliest : at;
}

function campaignMetrics(
  random: Random,
  idea: CampaignIdea,
  context: TenantContext,
  status: CampaignStatus,
): Prisma.InputJsonValue {
  // A running or paused campaign has reached only part of its audience.
  const sent = Math.round(random.int(120, 650) * (status === "completed" ? 1 : 0.5));
  const delivered = Math.round(sent * (0.9 + random.next() * 0.09));
  const emailOnly = idea.channels.every((channel) => channel === "email");
  const read = Math.round(
    delivered * (emailOnly ? 0.2 + random.next() * 0.2 : 0.55 + random.next() * 0.3),
  );
  const replied = Math.round(read * (0.05 + random.next() * 0.12));
  const leads = Math.round(replied * 0.5);
  const conversions = Math.round(leads * 0.4);
  const typicalSale =
    Math.min(...context.content.offerings.map((offering) => offering.price)) * random.int(1, 4);
  return {
    sent,
    delivered,
    read,
    replied,
    leads,
    conversions,
    revenue: shillings(conversions * typicalSale),
  };
}

const LANGUAGE_MIX: Record<
  "with_sheng" | "without_sheng",
  readonly (readonly [Language, number])[]
> = {
  with_sheng: [
    ["en", 40],
    ["sw", 35],
    ["sheng", 25],
  ],
  without_sheng: [
    ["en", 55],
    ["sw", 45],
  ],
};

export function customers(
  context: TenantContext,
  campaignSeeds: readonly CampaignSeed[],
  phonesTaken: Set<string>,
): CustomerSeed[] {
  const { business, content, town } = context;
  const mix = business.languages.includes("sheng")
    ? LANGUAGE_MIX.with_sheng
    : LANGUAGE_MIX.without_sheng;
  const startedCampaigns = campaignSeeds.filter(
    (seed) => seed.startsAt && seed.startsAt < context.clock.now,
  );
  return Array.from({ length: business.customers }, (_, index) => {
    const random = randomFor("customer", business.industry, index);
    // A quarter of anyone's customers come from out of town, mostly Nairobi.
    const name = personName(random, random.chance(0.25) ? "nairobi" : town.region);
    const phone = distinctMobiles(random, phonesTaken)();
    const email = random.chance(0.4) ? customerEmail(name, random) : null;
    const language = random.weighted(mix);
    // About a third were imported from the phone's contacts on the first day.
    const imported = random.chance(0.35);
    const createdAt = imported
      ? addMinutes(context.story.createdAt, 26 * 60 + index)
      : momentInUse(context, random, 400);
    const campaign = startedCampaigns.find(
      (seed) => seed.startsAt && seed.startsAt < createdAt && random.chance(0.3),
    );
    const homeTown = random.chance(0.85) ? town : TOWNS.nairobi;
    const id = seedId("customer", business.industry, index);
    return {
      id,
      name,
      phone,
      email,
      language,
      row: {
        id,
        tenantId: context.tenantId,
        phone,
        email,
        firstName: name.firstName,
        lastName: name.lastName,
        languagePreference: language,
        location: `${random.pick(homeTown.areas)}, ${homeTown.name}`,
        tags: random.sample(content.customerTags, random.int(1, 2)),
        lifetimeValue: shillings(lifetimeValue(random, context)),
        acquisitionChannel: campaign
          ? (campaign.idea.channels[0] ?? "whatsapp")
          : random.weighted(content.acquisitionChannels),
        acquisitionCampaignId: campaign?.id ?? null,
        metadata: imported ? { imported_from: "phone contacts" } : {},
        createdAt,
        lastActiveAt: imported ? null : createdAt,
      },
    };
  });
}

function lifetimeValue(random: Random, context: TenantContext): number {
  const purchases = random.weighted([
    [0, 2],
    [1, 3],
    [2, 3],
    [3, 2],
    [5, 1],
  ] as const);
  let total = 0;
  for (let i = 0; i < purchases; i++) {
    const offering = random.pick(context.content.offerings);
    // Few customers buy a car or a house; everyone else buys the everyday things.
    if (offering.price >= 100_000 && !random.chance(0.15)) continue;
    total += offering.price;
  }
  return total;
}

const LEAD_STAGES: readonly LeadStage[] = [
  "new",
  "new",
  "new",
  "contacted",
  "contacted",
  "contacted",
  "qualified",
  "qualified",
  "negotiating",
  "negotiating",
  "won",
  "won",
  "lost",
  "lost",
];

const STAGE_FACTS: Record<
  LeadStage,
  { probability: string; score: [number, number]; withinDays: number }
> = {
  new: { probability: "0.10", score: [10, 40], withinDays: 5 },
  contacted: { probability: "0.25", score: [30, 55], withinDays: 15 },
  qualified: { probability: "0.45", score: [50, 75], withinDays: 30 },
  negotiating: { probability: "0.65", score: [65, 90], withinDays: 45 },
  won: { probability: "1.00", score: [80, 100], withinDays: 120 },
  lost: { probability: "0.00", score: [5, 40], withinDays: 120 },
};

export function leads(
  context: TenantContext,
  customerSeeds: readonly CustomerSeed[],
  campaignSeeds: readonly CampaignSeed[],
  phonesTaken: Set<string>,
): Prisma.LeadCreateManyInput[] {
  const { business, clock, content } = context;
  return LEAD_STAGES.map((stage, index) => {
    const random = randomFor("lead", business.industry, index);
    const facts = STAGE_FACTS[stage];
    const createdAt = momentInUse(context, random, facts.withinDays);
    const customer = random.chance(0.6) ? random.pick(customerSeeds) : null;
    // Website enquiries arrive before the person is a customer.
    const contact = customer?.name ?? personName(random, context.town.region);
    const offering = random.pick(content.offerings);
    const quantity = offering.price < 5_000 ? random.int(2, 40) : 1;
    const campaign = campaignSeeds.find(
      (seed) => seed.startsAt && seed.startsAt < createdAt && random.chance(0.35),
    );
    const open = stage !== "won" && stage !== "lost";
    const assignee = stage === "new" && random.chance(0.7) ? null : pickTeamMember(random);
    const convertedAt =
      stage === "won"
        ? clampBefore(
            addDays(createdAt, random.int(2, 20)),
            addMinutes(context.story.activeUntil, -60),
          )
        : null;
    return {
      id: seedId("lead", business.industry, index),
      tenantId: context.tenantId,
      customerId: customer?.id ?? null,
      contactName: `${contact.firstName} ${contact.lastName}`,
      phone: customer?.phone ?? distinctMobiles(random, phonesTaken)(),
      email: customer ? customer.email : random.chance(0.5) ? customerEmail(contact, random) : null,
      sourceCampaignId: campaign?.id ?? null,
      score: random.int(...facts.score),
      stage,
      value: shillings(offering.price * quantity),
      probability: facts.probability,
      assignedTo: assignee ? tenantUserId(business, assignee) : null,
      followUpAt: open
        ? context.live
          ? clock.daysAhead(random.int(1, 10), random.int(9, 16))
          : addDays(createdAt, random.int(2, 7))
        : null,
      notes: content.leadNotes[index % content.leadNotes.length] ?? null,
      lostReason: stage === "lost" ? random.pick(content.lostReasons) : null,
      createdAt,
      convertedAt:
        convertedAt && convertedAt > createdAt
          ? convertedAt
          : stage === "won"
            ? addMinutes(createdAt, 90)
            : null,
    };
  });
}

function clampBefore(at: Date, limit: Date): Date {
  return at < limit ? at : limit;
}

const REVIEW_SOURCES: readonly (readonly [ReviewSource, number])[] = [
  ["website", 3],
  ["google", 3],
  ["facebook", 1],
  ["manual", 1],
];

export function reviews(
  context: TenantContext,
  customerSeeds: readonly CustomerSeed[],
): Prisma.ReviewCreateManyInput[] {
  const { business, content } = context;
  const rows = content.reviews.map((review, index) => {
    const random = randomFor("review", business.industry, index);
    const customer = random.pick(customerSeeds);
    const source = random.weighted(REVIEW_SOURCES);
    return {
      id: seedId("review", business.industry, index),
      tenantId: context.tenantId,
      // Reviews left on Google or Facebook cannot be tied to a customer record.
      customerId: source === "website" || source === "manual" ? customer.id : null,
      rating: review.rating,
      authorName: `${customer.name.firstName} ${customer.name.lastName.charAt(0)}.`,
      body: review.body,
      source,
      isPublished: review.rating >= 3,
      createdAt: momentInUse(context, random, 200),
    };
  });
  // The newest review is waiting for the business to approve it.
  const newest = rows.reduce((latest, row) => (row.createdAt > latest.createdAt ? row : latest));
  newest.isPublished = false;
  return rows;
}

const BOOKING_NOTES = [
  "Celebrating our anniversary",
  "Please call before confirming",
  "Coming from Nairobi, may arrive late",
  "Afternoon works best",
  "First visit, a friend recommended you",
];

const BOOKING_STATUSES = ["new", "new", "confirmed", "declined", "cancelled"] as const;

export function bookingRequests(
  context: TenantContext,
  customerSeeds: readonly CustomerSeed[],
  phonesTaken: Set<string>,
): Prisma.BookingRequestCreateManyInput[] {
  const { business, clock, content } = context;
  return BOOKING_STATUSES.map((status, index) => {
    const random = randomFor("booking", business.industry, index);
    const customer = random.chance(0.5) ? random.pick(customerSeeds) : null;
    const visitor = customer?.name ?? personName(random, context.town.region);
    const createdAt = momentInUse(context, random, 14);
    return {
      id: seedId("booking-request", business.industry, index),
      tenantId: context.tenantId,
      name: `${visitor.firstName} ${visitor.lastName}`,
      phone: customer?.phone ?? distinctMobiles(random, phonesTaken)(),
      email: customer?.email ?? (random.chance(0.4) ? customerEmail(visitor, random) : null),
      service: random.pick(content.bookingServices),
      requestedFor: context.live
        ? clock.daysAhead(random.int(1, 14), random.int(9, 18), random.pick([0, 30]))
        : addDays(createdAt, random.int(2, 10)),
      partySize: content.bookingsHavePartySize
        ? random.int(2, business.industry === "restaurants" ? 10 : 4)
        : null,
      notes: random.chance(0.6) ? random.pick(BOOKING_NOTES) : null,
      status,
      createdAt,
    };
  });
}
