import type { ScopedDb } from "@aizalo/db";
import {
  customerOrderBy,
  customerWhere,
  listCustomersInput,
  type ListCustomersInput,
} from "./customer-filters";
import { customerSummary, customerSummarySelect } from "./customer-view";

/** One page of the tenant's customers, filtered and sorted in PostgreSQL, with the total. */
export async function listCustomers(db: ScopedDb, input: ListCustomersInput) {
  const query = listCustomersInput.parse(input);
  const where = customerWhere(query);
  const [tenant, total, rows] = await Promise.all([
    db.tenant.findFirst({ select: { currency: true } }),
    db.customer.count({ where }),
    db.customer.findMany({
      where,
      orderBy: customerOrderBy(query.sort, query.direction),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: customerSummarySelect,
    }),
  ]);
  return {
    rows: rows.map(customerSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    /** Lifetime values are in the business's own currency. */
    currency: tenant?.currency ?? "KES",
  };
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
