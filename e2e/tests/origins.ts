/** Where the apps under test run; the same defaults as the apps' own env modules. */
export const webOrigin = process.env.WEB_ORIGIN ?? "http://localhost:3000";
export const sitesOrigin = process.env.SITES_ORIGIN ?? "http://localhost:3001";

/** A business's published website: Chromium resolves `*.localhost` itself. */
export function siteOrigin(subdomain: string): string {
  const url = new URL(sitesOrigin);
  url.hostname = `${subdomain}.${url.hostname}`;
  return url.origin;
}

/**
 * Demo businesses from the seed (packages/db/src/seed/businesses.ts): an active hotel with a
 * published website, and a suspended law firm whose website says it is unavailable.
 */
export const activeBusiness = { subdomain: "pwani-breeze", name: "Pwani Breeze Hotel" };
export const suspendedBusiness = {
  subdomain: "wanyama-chebet",
  name: "Wanyama Chebet & Associates",
};
