import type { Database } from "../client/database";

export interface TenantBySubdomain {
  id: string;
  businessName: string;
  city: string | null;
  industry: string;
  subscriptionStatus: string;
}

/**
 * Resolves a subdomain to its tenant before anyone is signed in (a tenant's login page, its
 * public site): a narrow `system` unit of work that reads a handful of account fields.
 */
export function findTenantBySubdomain(
  database: Database,
  subdomain: string,
): Promise<TenantBySubdomain | null> {
  return database.runUnitOfWork({ type: "system", purpose: "resolve-subdomain" }, (db) =>
    db.tenant.findFirst({
      where: { subdomain: subdomain.toLowerCase() },
      select: {
        id: true,
        businessName: true,
        city: true,
        industry: true,
        subscriptionStatus: true,
      },
    }),
  );
}
