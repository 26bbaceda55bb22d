import { z } from "zod";

/**
 * The one rule for a business's subdomain (DESIGN.md "Hosts and routes"): lowercase letters,
 * digits and inner hyphens, 3 to 50 characters. Both apps and the onboarding flow import it
 * from here so a name accepted at sign-up always routes.
 */
export const SUBDOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,48}[a-z0-9])$/;

/**
 * Names no business may take. The web app serves `/<subdomain>/...` beside its own top-level
 * routes, so each of its route folders must be listed here (a test in apps/web checks it);
 * the rest are hosts the platform keeps for itself under the root domain.
 *
 * Next's internals (`_next`, private `_folders`) need no entry: the pattern rejects a leading
 * underscore.
 */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  // Top-level routes of apps/web, present and planned.
  "admin",
  "sales",
  "login",
  "logout",
  "invite",
  "reset",
  "api",
  "signup",
  "onboarding",
  // Platform hosts under the root domain.
  "app",
  "www",
  "static",
  "cdn",
  "assets",
  "help",
  "status",
  "docs",
  "blog",
  "support",
  "billing",
  "preview",
  "sites",
  "aizalo",
  // Environments that may get their own host.
  "dev",
  "staging",
  "test",
  "demo",
  // Mail and DNS conventions: a tenant on one of these would break mail or look official.
  "mail",
  "webmail",
  "smtp",
  "imap",
  "pop",
  "ns1",
  "ns2",
  "ftp",
  "autoconfig",
  "autodiscover",
  "localhost",
]);

export function isReservedSubdomain(name: string): boolean {
  return RESERVED_SUBDOMAINS.has(name.toLowerCase());
}

/** True when a business could be given this subdomain (well-formed and not kept by the platform). */
export function isAvailableSubdomainName(name: string): boolean {
  return SUBDOMAIN_PATTERN.test(name) && !RESERVED_SUBDOMAINS.has(name);
}

/** Form input for a subdomain: trimmed and lowercased before the rule is applied. */
export const subdomainNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(50, "Use at most 50 characters.")
  .regex(
    SUBDOMAIN_PATTERN,
    "Use lowercase letters, numbers and hyphens; start and end with a letter or number.",
  )
  .refine((name) => !RESERVED_SUBDOMAINS.has(name), "This name is reserved by Aizalo.");
