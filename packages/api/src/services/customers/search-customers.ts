import { Prisma, type ScopedDb } from "@aizalo/db";
import {
  lastActiveRange,
  likeLiteral,
  type CustomerFilter,
  type CustomerSearch,
  type CUSTOMER_SORTS,
} from "./customer-filters";

/**
 * One page of the customers matching a text search, and how many match: one statement.
 *
 * A plain WHERE with ILIKE reads every customer of the business under RLS (no index serves an
 * operator that is not LEAKPROOF): about a second at 100,000 customers. app.search_customers
 * (migration 0018) matches through a trigram index with the owner's rights and applies the
 * tenant policy itself, returning only this business's live customers; the other filters, the
 * sort and the page apply to its rows here. Same meaning as customerWhere + customerOrderBy
 * (search-customers.test.ts compares the two).
 */
export async function searchCustomersPage(
  db: ScopedDb,
  search: Exclude<CustomerSearch, { kind: "exact-phone" }>,
  query: CustomerFilter & {
    sort: (typeof CUSTOMER_SORTS)[number];
    direction: "asc" | "desc";
    page: number;
    pageSize: number;
  },
  now = new Date(),
) {
  const [kind, terms] =
    search.kind === "phone"
      ? ["phone", [search.digits]]
      : search.kind === "email"
        ? ["email", [search.text]]
        : ["words", search.words];
  const rows = await db.$queryRaw<(PageRow | EmptyPage)[]>`
    WITH matches AS MATERIALIZED (
      SELECT * FROM app.search_customers(${kind}, ${terms}::text[]) AS c
      WHERE ${filterSql(query, now)}
    )
    SELECT t.total, p.* FROM (SELECT count(*)::int AS total FROM matches) AS t
    LEFT JOIN LATERAL (
      SELECT id, first_name, last_name, phone, email::text AS email,
        language_preference::text AS language_preference, location, tags, lifetime_value,
        acquisition_channel, created_at, last_active_at
      FROM matches
      ORDER BY ${orderSql(query.sort, query.direction)}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    ) AS p ON true`;
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.filter((row): row is PageRow => row.id !== null).map(summaryRow),
  };
}

interface PageRow {
  total: number;
  id: string;
  first_name: string | null;
  last_name: string | null;
  phone: string;
  email: string | null;
  language_preference: "en" | "sw" | "sheng";
  location: string | null;
  tags: string[];
  lifetime_value: Prisma.Decimal;
  acquisition_channel: string | null;
  created_at: Date;
  last_active_at: Date | null;
}
type EmptyPage = { total: number } & { [K in Exclude<keyof PageRow, "total">]: null };

/** The row as Prisma's customerSummarySelect gives it, for customerSummary(). */
function summaryRow(row: PageRow) {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    email: row.email,
    languagePreference: row.language_preference,
    location: row.location,
    tags: row.tags,
    lifetimeValue: new Prisma.Decimal(row.lifetime_value),
    acquisitionChannel: row.acquisition_channel,
    createdAt: row.created_at,
    lastActiveAt: row.last_active_at,
  };
}

/** customerWhere's filters other than the search, over app.search_customers' rows `c`. */
function filterSql(filter: CustomerFilter, now: Date): Prisma.Sql {
  const and: Prisma.Sql[] = [Prisma.sql`true`];
  if (filter.tags?.length) and.push(Prisma.sql`c.tags @> ${filter.tags}::text[]`);
  if (filter.language) and.push(Prisma.sql`c.language_preference::text = ${filter.language}`);
  if (filter.acquisitionChannel) {
    and.push(Prisma.sql`c.acquisition_channel ILIKE ${likeLiteral(filter.acquisitionChannel)}`);
  }
  if (filter.location) {
    and.push(Prisma.sql`c.location ILIKE ${`%${likeLiteral(filter.location)}%`}`);
  }
  if (filter.minLifetimeValue) {
    and.push(Prisma.sql`c.lifetime_value >= ${filter.minLifetimeValue}::numeric`);
  }
  if (filter.maxLifetimeValue) {
    and.push(Prisma.sql`c.lifetime_value <= ${filter.maxLifetimeValue}::numeric`);
  }
  if (filter.lastActive) {
    const range = lastActiveRange(filter.lastActive, now);
    if (range === "never") and.push(Prisma.sql`c.last_active_at IS NULL`);
    else {
      if (range.since) and.push(Prisma.sql`c.last_active_at >= ${range.since}`);
      if (range.before) and.push(Prisma.sql`c.last_active_at < ${range.before}`);
    }
  }
  return Prisma.join(and, " AND ");
}

/** customerOrderBy in SQL: fixed column names and a checked direction, never user text. */
function orderSql(sort: (typeof CUSTOMER_SORTS)[number], direction: "asc" | "desc"): Prisma.Sql {
  const dir = direction === "asc" ? "ASC" : "DESC";
  const keys = {
    name: [`first_name ${dir}`, `last_name ${dir}`],
    lastActiveAt: [`last_active_at ${dir} NULLS LAST`],
    lifetimeValue: [`lifetime_value ${dir}`],
    createdAt: [`created_at ${dir}`],
  }[sort];
  return Prisma.raw([...keys, `id ${dir}`].join(", "));
}
