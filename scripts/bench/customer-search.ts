import { appRouter, type createCallerFor } from "@aizalo/api";
import type { Actor, Database, Prisma } from "@aizalo/db";
import type { GrownBusiness } from "./workspace-data";

type Api = ReturnType<typeof createCallerFor>;

/** What a person types: a full name, part of one, a phone in local format, an email. */
export const SEARCH_TERMS = ["Wanjiku Kariuki", "otien", "0730 012", "achieng.1234", "Moraa"];

export interface SearchWay {
  name: string;
  run(term: string): Promise<unknown>;
}

const ownerOf = (business: GrownBusiness): Actor => ({
  type: "tenant",
  tenantId: business.tenantId,
  userId: business.ownerId,
  role: "owner",
});

/**
 * The customers page's search as a plain WHERE through the scoped client (RLS and the query
 * extensions): words matched case-insensitively in first name, last name or email, digits in
 * the phone; the first page of 25 newest customers and the total. The shape of
 * tenant.customers.list's search before migration 0018, kept beside it for comparison.
 */
export function plainWhereSearch(database: Database, business: GrownBusiness): SearchWay {
  return {
    name: "plain WHERE (ILIKE under RLS)",
    run: (term) =>
      database.runUnitOfWork(ownerOf(business), async (db) => {
        const where = searchWhere(term);
        const [rows, total] = await Promise.all([
          db.customer.findMany({
            where,
            orderBy: [{ createdAt: "desc" }, { id: "asc" }],
            take: 25,
            select: { id: true, firstName: true, lastName: true, phone: true, email: true },
          }),
          db.customer.count({ where }),
        ]);
        return { rows, total };
      }),
  };
}

/** tenant.customers.list itself, when it is on main (see bench-workspace.ts). */
export function listProcedureSearch(api: Api): SearchWay | null {
  // The caller is a proxy that answers any path: ask the router what it really has.
  if (!("tenant.customers.list" in appRouter._def.procedures)) return null;
  const customers = (api.tenant as unknown as Record<string, unknown>).customers as {
    list: (input: { search: string }) => Promise<unknown>;
  };
  return { name: "tenant.customers.list", run: (term) => customers.list({ search: term }) };
}

function searchWords(search: string): string[] {
  if (isPhoneLike(search)) return [search.replace(/\D/g, "").replace(/^0/, "")];
  return search.split(/\s+/).filter(Boolean).slice(0, 4);
}

function isPhoneLike(search: string): boolean {
  return /^[+\d][\d\s()-]{2,}$/.test(search);
}

function searchWhere(search: string): Prisma.CustomerWhereInput {
  if (isPhoneLike(search)) return { phone: { contains: searchWords(search)[0] } };
  return {
    AND: searchWords(search).map((word) => ({
      OR: [
        { firstName: { contains: word, mode: "insensitive" } },
        { lastName: { contains: word, mode: "insensitive" } },
        { email: { contains: word, mode: "insensitive" } },
      ],
    })),
  };
}
