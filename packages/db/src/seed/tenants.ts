import type { Prisma, TenantRole } from "../generated/prisma/client";
import { businessEmail, tenantUserEmail } from "./accounts";
import type { Business } from "./businesses";
import { addDays, addMinutes, nairobiDate, type SeedClock } from "./clock";
import { seedId } from "./ids";
import { kenyanMobile, TOWNS } from "./names";
import { platformUserId } from "./platform";
import { randomFor } from "./random";
import { isLive, type ChangeActor, type SubscriptionStory } from "./subscriptions";

export const tenantId = (business: Pick<Business, "industry">) =>
  seedId("tenant", business.industry);
export const tenantUserId = (business: Pick<Business, "industry">, role: TenantRole) =>
  seedId("tenant-user", business.industry, role);

export const TENANT_ROLES: readonly TenantRole[] = ["owner", "admin", "staff", "viewer"];

// Tier groups accounts by size for the admin's filters: it follows the plan.
const TIER_BY_PLAN = { starter: 1, professional: 2, growth: 3 } as const;

export function tenantRow(
  business: Business,
  story: SubscriptionStory,
): Prisma.TenantCreateManyInput {
  const rep = platformUserId.sales(business.salesRep);
  return {
    id: tenantId(business),
    businessName: business.name,
    subdomain: business.subdomain,
    industry: business.industry,
    tier: TIER_BY_PLAN[story.plan],
    phone: business.phone,
    email: businessEmail(business.subdomain),
    address: business.address,
    city: TOWNS[business.town].name,
    postalCode: business.postalCode,
    latitude: business.latitude,
    longitude: business.longitude,
    subscriptionStatus: story.status,
    subscriptionPlan: story.plan,
    monthlyFee: story.fee,
    trialEndsAt: nairobiDate(story.trialEndsAt),
    nextBillingDate: story.nextBillingDate ? nairobiDate(story.nextBillingDate) : null,
    assignedSalesRepId: rep,
    assignedSupportId: business.supported ? platformUserId.support : null,
    onboardedBy: rep,
    createdBy: rep,
    activatedAt: story.activatedAt,
    churnedAt: story.churnedAt,
    suspendedAt: story.suspendedAt,
    suspensionReason: story.suspensionReason,
    createdAt: story.createdAt,
  };
}

const CHANGE_ACTORS: Record<ChangeActor, (business: Business) => string | null> = {
  rep: (business) => platformUserId.sales(business.salesRep),
  owner: () => platformUserId.owner,
  admin: () => platformUserId.admin,
  system: () => null,
};

export function subscriptionChanges(
  business: Business,
  story: SubscriptionStory,
): Prisma.SubscriptionChangeCreateManyInput[] {
  return story.events.map((event, index) => ({
    id: seedId("subscription-change", business.industry, index),
    tenantId: tenantId(business),
    kind: event.kind,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    fromPlan: event.fromPlan ?? null,
    toPlan: event.toPlan ?? null,
    fromFee: event.fromFee ?? null,
    toFee: event.toFee ?? null,
    effectiveAt: event.at,
    actorId: CHANGE_ACTORS[event.actor](business),
    reason: event.reason ?? null,
    createdAt: event.at,
  }));
}

// Staff may be given more than their role's defaults (DESIGN "Actors and roles").
const EXTRA_STAFF_PERMISSIONS: Partial<Record<Business["industry"], string[]>> = {
  real_estate: ["website.edit"],
  beauty: ["campaigns.send"],
  tech: ["website.edit", "team.manage"],
};

export function tenantUsers(
  business: Business,
  story: SubscriptionStory,
  clock: SeedClock,
  passwordHash: string,
): Prisma.TenantUserCreateManyInput[] {
  const random = randomFor("tenant-users", business.industry);
  return TENANT_ROLES.map((role, index) => {
    const createdAt = addMinutes(
      story.createdAt,
      index === 0 ? 5 : index * 1440 + random.int(0, 600),
    );
    // Signed in lately, unless the business stopped using Aizalo; one viewer never signed in.
    const lastLoginAt =
      role === "viewer" && random.chance(0.5)
        ? null
        : isLive(story)
          ? clock.minutesAgo(random.int(20, 4 * 1440))
          : addMinutes(story.activeUntil, -random.int(60, 3 * 1440));
    return {
      id: tenantUserId(business, role),
      tenantId: tenantId(business),
      email: tenantUserEmail(business.subdomain, role),
      passwordHash,
      fullName: business.team[role],
      phone: kenyanMobile(random),
      role,
      permissions: role === "staff" ? (EXTRA_STAFF_PERMISSIONS[business.industry] ?? []) : [],
      lastLoginAt: lastLoginAt && lastLoginAt > createdAt ? lastLoginAt : null,
      createdAt: createdAt < clock.now ? createdAt : clock.minutesAgo(30),
    };
  });
}

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"] as const;

const AI_GREETINGS = {
  warm: "Karibu! How can we help you today?",
  friendly: "Hi there! What can we do for you?",
  professional: "Good day, and thank you for contacting us. How may we assist you?",
  playful: "Hey gorgeous! Ready for some pampering?",
} as const;

/**
 * A business's settings, one row per (category, key):
 * - business_hours: monday..sunday -> { open: "HH:MM", close: "HH:MM" } or { closed: true }
 * - languages: enabled -> ["en", "sw", ...], default -> "en"
 * - ai: tone, auto_reply (boolean), greeting
 */
export function tenantSettings(
  business: Business,
  story: SubscriptionStory,
): Prisma.TenantSettingCreateManyInput[] {
  const hours = (range: string | null) => {
    if (!range) return { closed: true };
    const [open, close] = range.split("-");
    return { open: open ?? "", close: close ?? "" };
  };
  const settings: [category: string, key: string, value: Prisma.InputJsonValue][] = [
    ...WEEKDAYS.map(
      (day) =>
        ["business_hours", day, hours(business.hours.weekdays)] as [
          string,
          string,
          Prisma.InputJsonValue,
        ],
    ),
    ["business_hours", "saturday", hours(business.hours.saturday)],
    ["business_hours", "sunday", hours(business.hours.sunday)],
    ["languages", "enabled", [...business.languages]],
    ["languages", "default", "en"],
    ["ai", "tone", business.aiTone],
    // Advocates answer every message themselves.
    ["ai", "auto_reply", business.industry !== "law"],
    ["ai", "greeting", AI_GREETINGS[business.aiTone]],
  ];
  return settings.map(([category, key, value]) => ({
    id: seedId("tenant-setting", business.industry, category, key),
    tenantId: tenantId(business),
    category,
    key,
    value,
    createdAt: addDays(story.createdAt, 1),
  }));
}
