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
  const search = filter.search?.trim();
  if (search) and.push(searchWhere(search));
  if (filter.tags?.length) and.push({ tags: { hasEvery: filter.tags } });
  if (filter.language) and.push({ languagePreference: filter.language });
  if (filter.acquisitionChannel) {
    and.push({ acquisitionChannel: { equals: filter.acquisitionChannel, mode: "insensitive" } });
  }
  if (filter.lastActive) and.push(lastActiveWhere(filter.lastActive, now));
  if (filter.location) and.push({ location: { contains: filter.location, mode: "insensitive" } });
  if (filter.minLifetimeValue) and.push({ lifetimeValue: { gte: filter.minLifetimeValue } });
  if (filter.maxLifetimeValue) and.push({ lifetimeValue: { lte: filter.maxLifetimeValue } });
  return and.length > 0 ? { AND: and } : {};
}

/**
 * One box finds a customer by phone in any Kenyan format (normalized first, so `0712 345 678`
 * finds `+254712345678`), by part of a number, by email, or by name (every word must match
 * the first or last name).
 */
function searchWhere(search: string): Prisma.CustomerWhereInput {
  const phone = phoneOrNull(search);
  if (phone) return { phone };
  if (/^[+\d][\d\s()-]{2,}$/.test(search)) {
    // Part of a number: its digits, without the trunk 0 (stored numbers start +254...).
    const digits = search.replace(/\D/g, "").replace(/^0/, "");
    return { phone: { contains: digits } };
  }
  if (search.includes("@")) return { email: { contains: search, mode: "insensitive" } };
  const words = search.split(/\s+/).filter(Boolean).slice(0, 4);
  return {
    AND: words.map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
        { email: { contains: word, mode: "insensitive" } },
      ],
    })),
  };
}

function lastActiveWhere(
  lastActive: (typeof LAST_ACTIVE)[number],
  now: Date,
): Prisma.CustomerWhereInput {
  const since = (days: number) => new Date(now.getTime() - days * DAY);
  switch (lastActive) {
    case "7d":
      return { lastActiveAt: { gte: since(7) } };
    case "30d":
      return { lastActiveAt: { gte: since(30) } };
    case "90d":
      return { lastActiveAt: { gte: since(90) } };
    case "inactive90d":
      return { lastActiveAt: { lt: since(90) } };
    case "never":
      return { lastActiveAt: null };
  }
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
