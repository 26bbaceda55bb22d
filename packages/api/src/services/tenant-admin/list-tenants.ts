import { Prisma, type ScopedDb } from "@aizalo/db";
import type { ListTenantsInput } from "./tenant-admin.types";

export interface TenantListRow {
  id: string;
  businessName: string;
  subdomain: string;
  industry: string;
  city: string | null;
  subscriptionStatus: string;
  subscriptionPlan: string;
  tier: number | null;
  monthlyFee: Prisma.Decimal;
  /** The fee when the tenant counts towards MRR (paying and not a demo), else 0. */
  mrr: Prisma.Decimal;
  isDemo: boolean;
  salesRep: { id: string; name: string } | null;
  users: number;
  customers: number;
  lastActivityAt: Date | null;
  createdAt: Date;
}

// Sort keys the UI may send, and the SQL each orders by. Ties break on id so pages never
// overlap or skip a row.
const ORDER_BY: Record<ListTenantsInput["sort"], Prisma.Sql> = {
  name: Prisma.sql`lower(t.business_name)`,
  status: Prisma.sql`t.subscription_status`,
  plan: Prisma.sql`t.subscription_plan`,
  fee: Prisma.sql`t.monthly_fee`,
  city: Prisma.sql`lower(t.city)`,
  createdAt: Prisma.sql`t.created_at`,
  lastActivity: Prisma.sql`activity.last_activity_at`,
};

/**
 * A Kenyan number typed the local way ("0712 345 678") also finds the E.164 form stored on the
 * tenant (+254712345678).
 */
function phoneVariant(search: string): string | null {
  const digits = search.replace(/[\s()-]/g, "");
  if (/^0\d{6,9}$/.test(digits)) return `+254${digits.slice(1)}`;
  if (/^\+?\d{6,}$/.test(digits)) return digits;
  return null;
}

function whereOf(input: ListTenantsInput): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`t.deleted_at IS NULL`];
  const { filters, search } = input;
  if (filters.status) {
    conditions.push(Prisma.sql`t.subscription_status = ${filters.status}::subscription_status`);
  }
  if (filters.plan) {
    conditions.push(Prisma.sql`t.subscription_plan = ${filters.plan}::subscription_plan`);
  }
  if (filters.tier !== undefined) conditions.push(Prisma.sql`t.tier = ${filters.tier}`);
  if (filters.industry) conditions.push(Prisma.sql`t.industry = ${filters.industry}::industry`);
  if (filters.city) conditions.push(Prisma.sql`t.city = ${filters.city}`);
  if (filters.salesRepId === "unassigned") {
    conditions.push(Prisma.sql`t.assigned_sales_rep_id IS NULL`);
  } else if (filters.salesRepId) {
    conditions.push(Prisma.sql`t.assigned_sales_rep_id = ${filters.salesRepId}::uuid`);
  }
  if (search) {
    // LIKE wildcards in what was typed are matched literally.
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const matches = [
      Prisma.sql`t.business_name ILIKE ${pattern}`,
      Prisma.sql`t.subdomain ILIKE ${pattern}`,
      Prisma.sql`t.email::text ILIKE ${pattern}`,
    ];
    const phone = phoneVariant(search);
    if (phone) matches.push(Prisma.sql`t.phone LIKE ${`%${phone}%`}`);
    conditions.push(Prisma.sql`(${Prisma.join(matches, " OR ")})`);
  }
  return Prisma.join(conditions, " AND ");
}

interface RawRow {
  id: string;
  business_name: string;
  subdomain: string;
  industry: string;
  city: string | null;
  subscription_status: string;
  subscription_plan: string;
  tier: number | null;
  monthly_fee: Prisma.Decimal;
  is_demo: boolean;
  created_at: Date;
  sales_rep_id: string | null;
  sales_rep_name: string | null;
  users: number;
  customers: number;
  last_activity_at: Date | null;
  total: number;
}

/**
 * One page of tenants with quick stats, in two steps: filter, order and cut the page on the
 * tenants table alone (2,000 rows are a quick scan), then count users and customers for the page's
 * rows only. Last activity (the latest API call or sign-in) is per tenant from indexes that lead
 * with tenant_id; it is computed for every matching row only when the list is sorted by it.
 */
export async function listTenants(
  db: ScopedDb,
  input: ListTenantsInput,
): Promise<{ rows: TenantListRow[]; total: number }> {
  const where = whereOf(input);
  const direction = input.desc ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS FIRST`;
  const offset = (input.page - 1) * input.pageSize;
  const activity = Prisma.sql`LEFT JOIN LATERAL (
      SELECT GREATEST(
        (SELECT max(a.created_at) FROM api_usage a WHERE a.tenant_id = t.id),
        (SELECT max(u.last_login_at) FROM tenant_users u WHERE u.tenant_id = t.id)
      ) AS last_activity_at
    ) activity ON true`;
  const sortByActivity = input.sort === "lastActivity";

  const rows = await db.$queryRaw<RawRow[]>`
    WITH page AS (
      SELECT t.id, count(*) OVER ()::int AS total
        ${sortByActivity ? Prisma.sql`, activity.last_activity_at` : Prisma.empty}
      FROM tenants t
      ${sortByActivity ? activity : Prisma.empty}
      WHERE ${where}
      ORDER BY ${ORDER_BY[input.sort]} ${direction}, t.id
      LIMIT ${input.pageSize} OFFSET ${offset}
    )
    SELECT t.id, t.business_name, t.subdomain, t.industry::text, t.city,
      t.subscription_status::text, t.subscription_plan::text, t.tier::int, t.monthly_fee,
      t.is_demo, t.created_at, rep.id AS sales_rep_id, rep.full_name AS sales_rep_name,
      (SELECT count(*)::int FROM tenant_users u
        WHERE u.tenant_id = t.id AND u.deleted_at IS NULL) AS users,
      (SELECT count(*)::int FROM customers c
        WHERE c.tenant_id = t.id AND c.deleted_at IS NULL) AS customers,
      activity.last_activity_at, page.total
    FROM page
    JOIN tenants t ON t.id = page.id
    LEFT JOIN platform_users rep ON rep.id = t.assigned_sales_rep_id
    ${activity}
    ORDER BY ${ORDER_BY[input.sort]} ${direction}, t.id`;

  // A page past the end has no rows to carry the total: count it on its own.
  const total =
    rows[0]?.total ??
    (offset > 0
      ? (
          await db.$queryRaw<
            { n: number }[]
          >`SELECT count(*)::int AS n FROM tenants t WHERE ${where}`
        )[0]!.n
      : 0);

  return {
    total,
    rows: rows.map((row) => {
      const paying =
        !row.is_demo &&
        (row.subscription_status === "active" || row.subscription_status === "past_due");
      return {
        id: row.id,
        businessName: row.business_name,
        subdomain: row.subdomain,
        industry: row.industry,
        city: row.city,
        subscriptionStatus: row.subscription_status,
        subscriptionPlan: row.subscription_plan,
        tier: row.tier,
        monthlyFee: new Prisma.Decimal(row.monthly_fee),
        mrr: paying ? new Prisma.Decimal(row.monthly_fee) : new Prisma.Decimal(0),
        isDemo: row.is_demo,
        salesRep:
          row.sales_rep_id && row.sales_rep_name
            ? { id: row.sales_rep_id, name: row.sales_rep_name }
            : null,
        users: row.users,
        customers: row.customers,
        lastActivityAt: row.last_activity_at,
        createdAt: row.created_at,
      };
    }),
  };
}
