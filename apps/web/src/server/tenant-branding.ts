import "server-only";
import { cache } from "react";
import { isAvailableSubdomainName } from "@aizalo/api/subdomain";
import { findTenantBySubdomain, runUnitOfWork } from "@aizalo/db";
import { env } from "../env";
import { siteUrlFor } from "../lib/site-url";

export interface TenantBranding {
  subdomain: string;
  businessName: string;
  city: string | null;
  industry: string;
  /** The colour the business chose for its website, when it has a published one. */
  primaryColor: string | null;
  /** The business's published website, for visitors who landed on the wrong page. */
  websiteUrl: string | null;
}

/**
 * What a business's sign-in page shows before anyone is signed in. Cached per request so the
 * page and its metadata share one lookup.
 */
export const findTenantBranding = cache(
  async (subdomain: string): Promise<TenantBranding | null> => {
    // Malformed or reserved names can never belong to a business: skip the database.
    if (!isAvailableSubdomainName(subdomain)) return null;
    const tenant = await findTenantBySubdomain(subdomain);
    if (!tenant) return null;

    // As a website visitor would: RLS lets the public actor see only published websites.
    const website = await runUnitOfWork({ type: "public", tenantId: tenant.id }, async (db) => {
      const published = await db.tenantWebsite.findFirst({
        where: { isPublished: true },
        select: { id: true },
      });
      if (!published) return null;
      const primaryColor = await db.websiteCustomization.findFirst({
        where: { websiteId: published.id, customizationType: "color", key: "primary" },
        select: { value: true },
      });
      return { primaryColor: primaryColor?.value ?? null };
    });

    return {
      subdomain,
      businessName: tenant.businessName,
      city: tenant.city,
      industry: tenant.industry,
      primaryColor: website?.primaryColor ?? null,
      websiteUrl: website ? siteUrlFor(subdomain, env.SITES_ORIGIN) : null,
    };
  },
);
