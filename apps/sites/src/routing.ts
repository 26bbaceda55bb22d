import { siteForHost } from "./host";

/** What the proxy does with one request to the sites app. */
export type SiteRoute =
  { type: "rewrite"; pathname: string } | { type: "redirect"; url: string } | { type: "not-found" };

export interface SitesConfig {
  rootDomain: string;
  webOrigin: string;
}

/** The internal route that renders a business's site; only reachable through the proxy. */
export const SITE_ROUTE_PREFIX = "/site";

/**
 * Maps a request's host and path to the internal site route. Every page request passes through
 * here, so `/site/...` typed by a visitor lands under their own site, never another business's.
 */
export function routeSiteRequest(
  host: string | null | undefined,
  pathname: string,
  config: SitesConfig,
): SiteRoute {
  const site = siteForHost(host, config.rootDomain);
  switch (site.kind) {
    case "tenant":
      // The business's team types their site address and /dashboard; the dashboards live on
      // the web app, under the business's subdomain.
      if (pathname === "/dashboard" || pathname === "/dashboard/") {
        return {
          type: "redirect",
          url: `${trimSlash(config.webOrigin)}/${site.subdomain}/dashboard`,
        };
      }
      return {
        type: "rewrite",
        pathname: `${SITE_ROUTE_PREFIX}/${site.subdomain}${pathname === "/" ? "" : pathname}`,
      };
    case "platform":
      return { type: "redirect", url: `${trimSlash(config.webOrigin)}${pathname}` };
    case "custom-domain":
      // Custom domains are not stored yet (they come with the website builder): until a
      // business can claim one, no custom domain has a site.
      return { type: "not-found" };
    case "none":
      return { type: "not-found" };
  }
}

function trimSlash(origin: string): string {
  return origin.replace(/\/+$/, "");
}
