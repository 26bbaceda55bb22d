import type { Prisma } from "@aizalo/db";
import { z } from "zod";
import { LANGUAGES } from "./customer-fields";
import { phoneOrNull } from "../phone";

export const LAST_ACTIVE = ["7d", "30d", "90d", "inactive90d", "never"] as const;
export const CUSTOMER_SORTS = ["name", "createdAt", "lastActiveAt", "lifetimeValue"] as const;

/** A bound of a lifetime-value range, typed as text ("5000", "12,500.50"): exact, never a float. */
const lifetimeValueBound = z
  .string()
  .trim()
  .transform((text) => text.replace(/,/g, ""))
  .pipe(z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter an amount such as 5000 or 5000.50."))
  .optional();

/** The list's filter, shared by the page, the CSV export and the audience of a campaign. */
export const customerFilter = z.object({
  search: z.string().trim().max(120).optional(),
  tags: z.array(z.string().trim().toLowerCase().max(40)).max(20).optional(),
  language: z.enum(LANGUAGES).optional(),
  acquisitionChannel: z.string().trim().max(60).optional(),
  lastActive: z.enum(LAST_ACTIVE).optional(),
  /** Part of the customer's location ("Kilimani" finds "Kilimani, Nairobi"). */
  location: z.string().trim().max(120).optional(),
  minLifetimeValue: lifetimeValueBound,
  maxLifetimeValue: lifetimeValueBound,
});
export type CustomerFilter = z.infer<typeof customerFilter>;

export const listCustomersInput = customerFilter.extend({
  sort: z.enum(CUSTOMER_SORTS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});
export type ListCustomersInput = z.input<typeof listCustomersInput>;

const DAY = 86_400_000;

/** The filter as a Prisma `where` (the unit of work adds the tenant; deleted rows stay hidden). */
export function customerWhere(filter: CustomerFilter, now = new Date()): Prisma.CustomerWhereInput {
  const and: Prisma.CustomerWhereInput[] = [];
  const search = parseCustomerSearch(filter.search);
  if (search) and.push(searchWhere(search));
  if (filter.tags?.length) and.push({ tags: { hasEvery: filter.tags } });
  if (filter.language) and.push({ languagePreference: filter.language });
  if (filter.acquisitionChannel) {
    // ILIKE without wildcards: the channel itself, in any case.
    const channel = likeLiteral(filter.acquisitionChannel);
    and.push({ acquisitionChannel: { equals: channel, mode: "insensitive" } });
  }
  if (filter.lastActive) and.push(lastActiveWhere(filter.lastActive, now));
  if (filter.location) {
    and.push({ location: { contains: likeLiteral(filter.location), mode: "insensitive" } });
  }
  if (filter.minLifetimeValue) and.push({ lifetimeValue: { gte: filter.minLifetimeValue } });
  if (filter.maxLifetimeValue) and.push({ lifetimeValue: { lte: filter.maxLifetimeValue } });
  return and.length > 0 ? { AND: and } : {};
}

/**
 * What one search box asks for. A phone in any Kenyan format is normalized first, so
 * `0712 345 678` finds `+254712345678`; part of a number is its digits without the trunk 0
 * (stored numbers start +254...); text with an @ is part of an email; anything else is up to
 * four words, each in the first name, last name or email.
 */
export type CustomerSearch =
  | { kind: "exact-phone"; phone: string }
  | { kind: "phone"; digits: string }
  | { kind: "email"; text: string }
  | { kind: "words"; words: string[] };

export function parseCustomerSearch(search: string | undefined): CustomerSearch | null {
  const text = search?.trim();
  if (!text) return null;
  const phone = phoneOrNull(text);
  if (phone) return { kind: "exact-phone", phone };
  if (/^[+\d][\d\s()-]{2,}$/.test(text)) {
    return { kind: "phone", digits: text.replace(/\D/g, "").replace(/^0/, "") };
  }
  if (text.includes("@")) return { kind: "email", text };
  return { kind: "words", words: text.split(/\s+/).filter(Boolean).slice(0, 4) };
}

/**
 * The search as Prisma conditions: ILIKE, which RLS keeps from using an index (a business with
 * 100,000 customers reads them all). The customers page uses search-customers.ts instead; the
 * CSV export and campaign audiences use this, with the same meaning.
 */
function searchWhere(search: CustomerSearch): Prisma.CustomerWhereInput {
  switch (search.kind) {
    case "exact-phone":
      return { phone: search.phone };
    case "phone":
      return { phone: { contains: likeLiteral(search.digits) } };
    case "email":
      return { email: { contains: likeLiteral(search.text), mode: "insensitive" } };
    case "words":
      return {
        AND: search.words.map((word) => ({
          OR: [
            { firstName: { contains: likeLiteral(word), mode: "insensitive" } },
            { lastName: { contains: likeLiteral(word), mode: "insensitive" } },
            { email: { contains: likeLiteral(word), mode: "insensitive" } },
          ],
        })),
      };
  }
}

/** Prisma hands `contains` and insensitive `equals` to (I)LIKE as is: a typed % _ or \ is literal. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Last activity as a range: on or after `since`, before `before`, or never. */
export function lastActiveRange(
  lastActive: (typeof LAST_ACTIVE)[number],
  now: Date,
): { since?: Date; before?: Date } | "never" {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  switch (lastActive) {
    case "7d":
      return { since: daysAgo(7) };
    case "30d":
      return { since: daysAgo(30) };
    case "90d":
      return { since: daysAgo(90) };
    case "inactive90d":
      return { before: daysAgo(90) };
    case "never":
      return "never";
  }
}

function lastActiveWhere(
  lastActive: (typeof LAST_ACTIVE)[number],
  now: Date,
): Prisma.CustomerWhereInput {
  const range = lastActiveRange(lastActive, now);
  if (range === "never") return { lastActiveAt: null };
  return {
    lastActiveAt: {
      ...(range.since && { gte: range.since }),
      ...(range.before && { lt: range.before }),
    },
  };
}

export function customerOrderBy(
  sort: (typeof CUSTOMER_SORTS)[number],
  direction: "asc" | "desc",
): Prisma.CustomerOrderByWithRelationInput[] {
  // A stable second key, so pages never repeat or skip a row.
  const tie: Prisma.CustomerOrderByWithRelationInput = { id: direction };
  switch (sort) {
    case "name":
      return [{ firstName: direction }, { lastName: direction }, tie];
    case "lastActiveAt":
      return [{ lastActiveAt: { sort: direction, nulls: "last" } }, tie];
    case "lifetimeValue":
      return [{ lifetimeValue: direction }, tie];
    case "createdAt":
      return [{ createdAt: direction }, tie];
  }
}
