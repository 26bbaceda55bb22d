import { isAvailableSubdomainName } from "@aizalo/api/subdomain";

/** What a request's host means to the sites app. */
export type SiteHost =
  /** `acme.<root>`: the site of the business with that subdomain. */
  | { kind: "tenant"; subdomain: string }
  /** A domain of the business's own, such as `www.barakahardware.co.ke`. */
  | { kind: "custom-domain"; hostname: string }
  /** The root domain itself, `www.` or `app.`: Aizalo's own addresses, not a business's site. */
  | { kind: "platform" }
  /** Reserved names, nested subdomains, IP addresses and malformed hosts: no site lives there. */
  | { kind: "none" };

const PLATFORM_LABELS = new Set(["www", "app"]);
const DOMAIN_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Top-level names that never belong to anyone on the internet (RFC 6761, RFC 6762). */
const SPECIAL_USE_TLDS = new Set(["localhost", "local", "internal", "invalid", "test"]);

function isPublicDomainName(hostname: string): boolean {
  const tld = hostname.slice(hostname.lastIndexOf(".") + 1);
  return DOMAIN_NAME.test(hostname) && !SPECIAL_USE_TLDS.has(tld);
}

/** The lowercase host name without port or trailing dot; "" when there is none. */
function hostnameOf(host: string): string {
  const trimmed = host.trim().toLowerCase();
  if (trimmed.startsWith("[")) return trimmed.slice(0, trimmed.indexOf("]") + 1); // IPv6 literal
  return trimmed.replace(/:\d*$/, "").replace(/\.$/, "");
}

/**
 * Reads the `Host` header of a request to the sites app. Pure, so the rules are tested without
 * a server: `acme.localhost:3001` and `acme.aizalo.co.ke` are acme's site, whatever the case.
 */
export function siteForHost(host: string | null | undefined, rootDomain: string): SiteHost {
  const hostname = hostnameOf(host ?? "");
  const root = rootDomain.trim().toLowerCase().replace(/\.$/, "");
  if (!hostname) return { kind: "none" };
  if (hostname === root) return { kind: "platform" };

  if (hostname.endsWith(`.${root}`)) {
    const label = hostname.slice(0, -(root.length + 1));
    if (PLATFORM_LABELS.has(label)) return { kind: "platform" };
    return isAvailableSubdomainName(label)
      ? { kind: "tenant", subdomain: label }
      : { kind: "none" };
  }

  return isPublicDomainName(hostname) ? { kind: "custom-domain", hostname } : { kind: "none" };
}
