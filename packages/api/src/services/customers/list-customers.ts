import type { ScopedDb } from "@aizalo/db";
import {
  customerOrderBy,
  customerWhere,
  listCustomersInput,
  parseCustomerSearch,
  type ListCustomersInput,
} from "./customer-filters";
import { customerSummary, customerSummarySelect } from "./customer-view";
import { searchCustomersPage } from "./search-customers";

/** One page of the tenant's customers, filtered and sorted in PostgreSQL, with the total. */
export async function listCustomers(db: ScopedDb, input: ListCustomersInput) {
  const query = listCustomersInput.parse(input);
  const search = parseCustomerSearch(query.search);
  const tenant = db.tenant.findFirst({ select: { currency: true } });
  // A text search goes through the trigram index (search-customers.ts); an exact phone is an
  // equality, which the (tenant_id, phone) index serves under RLS as it is.
  const page =
    search && search.kind !== "exact-phone"
      ? searchCustomersPage(db, search, query)
      : prismaPage(db, query);
  const [{ total, rows }, currency] = await Promise.all([page, tenant]);
  return {
    rows: rows.map(customerSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    /** Lifetime values are in the business's own currency. */
    currency: currency?.currency ?? "KES",
  };
}

async function prismaPage(db: ScopedDb, query: ReturnType<typeof listCustomersInput.parse>) {
  const where = customerWhere(query);
  const [total, rows] = await Promise.all([
    db.customer.count({ where }),
    db.customer.findMany({
      where,
      orderBy: customerOrderBy(query.sort, query.direction),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: customerSummarySelect,
    }),
  ]);
  return { total, rows };
}

/** What the filters offer: the tags and acquisition channels this business actually uses. */
export async function customerFilterOptions(db: ScopedDb, tenantId: string) {
  // unnest and DISTINCT have no Prisma form; RLS and the tenant id keep it to this business.
  const [tags, channels] = await Promise.all([
    db.$queryRaw<{ tag: string }[]>`
      SELECT DISTINCT unnest(tags) AS tag FROM customers
      WHERE tenant_id = ${tenantId}::uuid AND deleted_at IS NULL ORDER BY 1 LIMIT 200`,
    db.$queryRaw<{ channel: string }[]>`
      SELECT DISTINCT acquisition_channel AS channel FROM customers
      WHERE tenant_id = ${tenantId}::uuid AND deleted_at IS NULL
        AND acquisition_channel IS NOT NULL ORDER BY 1 LIMIT 100`,
  ]);
  return { tags: tags.map((row) => row.tag), channels: channels.map((row) => row.channel) };
}
