import type { Business } from "./businesses";
import type { SeedClock } from "./clock";
import { INDUSTRY_CONTENT, type IndustryContent } from "./content";
import { TOWNS, type Town } from "./names";
import type { Random } from "./random";
import { isLive, subscriptionStory, type SubscriptionStory } from "./subscriptions";
import { tenantId } from "./tenants";

const MINUTE_MS = 60_000;
const DAY_MS = 1440 * MINUTE_MS;

/** Everything the builders of one business's data need to agree on. */
export interface TenantContext {
  business: Business;
  story: SubscriptionStory;
  clock: SeedClock;
  tenantId: string;
  content: IndustryContent;
  town: Town;
  /** Still using Aizalo (trial, active, past due). */
  live: boolean;
}

export function tenantContext(business: Business, clock: SeedClock): TenantContext {
  const story = subscriptionStory(business, clock);
  return {
    business,
    story,
    clock,
    tenantId: tenantId(business),
    content: INDUSTRY_CONTENT[business.industry],
    town: TOWNS[business.town],
    live: isLive(story),
  };
}

/**
 * A moment while the business used Aizalo, at most `withinDays` before it stopped (or now):
 * data of a canceled business ends when it left, and a trial's starts with the trial.
 */
export function momentInUse(context: TenantContext, random: Random, withinDays: number): Date {
  const until = context.story.activeUntil.getTime() - 5 * MINUTE_MS;
  const earliest = Math.max(
    context.story.createdAt.getTime() + 2 * 60 * MINUTE_MS,
    until - withinDays * DAY_MS,
  );
  return new Date(earliest + Math.floor(random.next() * Math.max(until - earliest, MINUTE_MS)));
}
