import type { Prisma } from "@aizalo/db";

/** The columns every customer view reads: no metadata, nothing the page does not show. */
export const customerSummarySelect = {
  id: true,
  firstName: true,
  lastName: true,
  phone: true,
  email: true,
  languagePreference: true,
  location: true,
  tags: true,
  lifetimeValue: true,
  acquisitionChannel: true,
  createdAt: true,
  lastActiveAt: true,
} as const satisfies Prisma.CustomerSelect;

type SummaryRow = Prisma.CustomerGetPayload<{ select: typeof customerSummarySelect }>;

/** A customer as the pages show one; money as an exact decimal string in the tenant's currency. */
export function customerSummary(row: SummaryRow) {
  return {
    id: row.id,
    name: fullName(row.firstName, row.lastName),
    firstName: row.firstName,
    lastName: row.lastName,
    phone: row.phone,
    email: row.email,
    language: row.languagePreference,
    location: row.location,
    tags: row.tags,
    lifetimeValue: row.lifetimeValue.toFixed(2),
    acquisitionChannel: row.acquisitionChannel,
    createdAt: row.createdAt,
    lastActiveAt: row.lastActiveAt,
  };
}
export type CustomerSummary = ReturnType<typeof customerSummary>;

export function fullName(first: string | null, last: string | null): string {
  return [first, last].filter(Boolean).join(" ") || "Unnamed customer";
}
