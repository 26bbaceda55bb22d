import { Prisma, type ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";
import { platformLoginAllowed } from "../../impersonation/platform-access";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Everything /admin/tenants/[id] shows about one business: account, subscription history,
 * people, usage, payments, website, notes. Account data only: no customer or message content.
 */
export async function tenantDetail(db: ScopedDb, tenantId: string, now = new Date()) {
  const tenant = await db.tenant.findFirst({
    where: { id: tenantId },
    select: {
      id: true,
      businessName: true,
      subdomain: true,
      industry: true,
      tier: true,
      phone: true,
      email: true,
      city: true,
      subscriptionStatus: true,
      subscriptionPlan: true,
      monthlyFee: true,
      trialEndsAt: true,
      nextBillingDate: true,
      isDemo: true,
      demoExpiresAt: true,
      activatedAt: true,
      suspendedAt: true,
      suspensionReason: true,
      createdAt: true,
      assignedSalesRep: { select: { id: true, fullName: true } },
      assignedSupport: { select: { id: true, fullName: true } },
      onboardedByUser: { select: { id: true, fullName: true } },
    },
  });
  if (!tenant) throw new NotFoundError("Tenant");

  const since = new Date(now.getTime() - 30 * DAY_MS);
  const [
    history,
    users,
    revenue,
    revenueTotal,
    website,
    notes,
    customers,
    conversations,
    usage,
    allowPlatformLogin,
  ] = await Promise.all([
    db.subscriptionChange.findMany({
      where: { tenantId },
      orderBy: [{ effectiveAt: "desc" }, { createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        kind: true,
        fromStatus: true,
        toStatus: true,
        fromPlan: true,
        toPlan: true,
        fromFee: true,
        toFee: true,
        effectiveAt: true,
        reason: true,
        actor: { select: { fullName: true } },
      },
    }),
    db.tenantUser.findMany({
      where: { tenantId },
      orderBy: [{ role: "asc" }, { fullName: "asc" }],
      select: {
        id: true,
        fullName: true,
        email: true,
        role: true,
        isActive: true,
        lastLoginAt: true,
      },
    }),
    db.platformRevenue.findMany({
      where: { tenantId },
      orderBy: { paidAt: "desc" },
      take: 24,
      select: {
        id: true,
        amount: true,
        type: true,
        paymentMethod: true,
        paymentReference: true,
        paidAt: true,
      },
    }),
    db.platformRevenue.aggregate({ where: { tenantId }, _sum: { amount: true } }),
    db.tenantWebsite.findFirst({
      where: { tenantId },
      select: {
        isPublished: true,
        publishedAt: true,
        customDomain: true,
        _count: { select: { pages: true } },
      },
    }),
    db.salesClientNote.findMany({
      where: { tenantId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, body: true, createdAt: true, author: { select: { fullName: true } } },
    }),
    db.customer.count({ where: { tenantId } }),
    db.conversation.count({ where: { tenantId } }),
    db.$queryRaw<{ requests: number; errors: number; last_at: Date | null }[]>`
      SELECT count(*)::int AS requests,
        count(*) FILTER (WHERE response_status >= 500)::int AS errors,
        max(created_at) AS last_at
      FROM api_usage WHERE tenant_id = ${tenantId}::uuid AND created_at >= ${since}`,
    platformLoginAllowed(db, tenantId),
  ]);

  const lastSignIn = users.reduce<Date | null>(
    (latest, user) =>
      user.lastLoginAt && (!latest || user.lastLoginAt > latest) ? user.lastLoginAt : latest,
    null,
  );

  return {
    tenant,
    history,
    users,
    revenue: { recent: revenue, total: revenueTotal._sum.amount ?? new Prisma.Decimal(0) },
    website: website
      ? {
          isPublished: website.isPublished,
          publishedAt: website.publishedAt,
          customDomain: website.customDomain,
          pages: website._count.pages,
        }
      : null,
    notes,
    usage: {
      customers,
      conversations,
      apiRequests30d: usage[0]?.requests ?? 0,
      apiErrors30d: usage[0]?.errors ?? 0,
      lastActivityAt: [usage[0]?.last_at ?? null, lastSignIn].reduce<Date | null>(
        (latest, at) => (at && (!latest || at > latest) ? at : latest),
        null,
      ),
    },
    allowPlatformLogin,
  };
}

/** Active platform staff who can be assigned to a tenant: sales reps and support people. */
export async function assignableStaff(db: ScopedDb) {
  const staff = await db.platformUser.findMany({
    where: { isActive: true, role: { in: ["sales", "support"] } },
    orderBy: { fullName: "asc" },
    select: { id: true, fullName: true, role: true },
  });
  return {
    salesReps: staff.filter((person) => person.role === "sales"),
    support: staff.filter((person) => person.role === "support"),
  };
}

/** What the list's filters offer: the cities tenants are in and the active sales reps. */
export async function tenantFilterOptions(db: ScopedDb) {
  const [cities, staff] = await Promise.all([
    db.$queryRaw<{ city: string }[]>`
      SELECT DISTINCT city FROM tenants
      WHERE deleted_at IS NULL AND city IS NOT NULL ORDER BY city`,
    assignableStaff(db),
  ]);
  return { cities: cities.map((row) => row.city), salesReps: staff.salesReps };
}
