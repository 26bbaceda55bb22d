import "server-only";
import { cache } from "react";
import { isAvailableSubdomainName } from "@aizalo/api/subdomain";
import { findTenantBySubdomain, runUnitOfWork } from "@aizalo/db";

export interface SiteNavigationLink {
  slug: string;
  title: string;
}

export interface SitePage {
  business: { name: string; city: string | null };
  /** The colour the business chose, when it chose one; Aizalo's palette otherwise. */
  primaryColor: string | null;
  navigation: SiteNavigationLink[];
  page: { slug: string; title: string; metaDescription: string | null; content: string };
}

/** The front page's slug; `/` and `/home` both show it. */
export const HOME_SLUG = "home";

/**
 * Businesses whose site is served; a trial business can already show theirs. A suspended one
 * shows the "unavailable" page instead, a canceled one none.
 */
const SERVED_SUBSCRIPTION_STATUSES = new Set(["trial", "active", "past_due"]);

/** One lookup of the subdomain per request, shared by the page, its metadata and the checks. */
const tenantFor = cache((subdomain: string) => findTenantBySubdomain(subdomain));

/**
 * The name of a suspended business at this subdomain, else null. Its site then says the
 * business is unavailable (not why): visitors learn it is not gone, and nothing more. A
 * canceled business's site is simply not found.
 */
export const suspendedBusinessName = cache(async (subdomain: string): Promise<string | null> => {
  if (!isAvailableSubdomainName(subdomain)) return null;
  const tenant = await tenantFor(subdomain);
  return tenant?.subscriptionStatus === "suspended" ? tenant.businessName : null;
});

/**
 * One page of a business's published website, or null when there is nothing to show: unknown
 * subdomain, suspended business, unpublished site or page. Cached per request so the page and its
 * metadata share one lookup.
 */
export const findSitePage = cache(
  async (subdomain: string, slug: string): Promise<SitePage | null> => {
    if (!isAvailableSubdomainName(subdomain)) return null;
    const tenant = await tenantFor(subdomain);
    if (!tenant || !SERVED_SUBSCRIPTION_STATUSES.has(tenant.subscriptionStatus)) return null;

    // As a visitor: RLS shows the public actor only this tenant's published content.
    return runUnitOfWork({ type: "public", tenantId: tenant.id }, async (db) => {
      const website = await db.tenantWebsite.findFirst({
        where: { isPublished: true },
        select: { id: true },
      });
      if (!website) return null;

      const page = await db.websitePage.findFirst({
        where: { websiteId: website.id, slug, isPublished: true },
        select: { slug: true, title: true, metaDescription: true, content: true },
      });
      if (!page) return null;

      const navigation = await db.websitePage.findMany({
        where: { websiteId: website.id, isPublished: true },
        orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
        select: { slug: true, title: true },
      });
      const primaryColor = await db.websiteCustomization.findFirst({
        where: { websiteId: website.id, customizationType: "color", key: "primary" },
        select: { value: true },
      });

      return {
        business: { name: tenant.businessName, city: tenant.city },
        primaryColor: primaryColor?.value ?? null,
        navigation,
        page,
      };
    });
  },
);
