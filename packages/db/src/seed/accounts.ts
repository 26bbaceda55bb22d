import type { TenantRole } from "../generated/prisma/client";
import { BUSINESSES, PLATFORM_STAFF, TERRITORIES, type Territory } from "./businesses";

/**
 * Every demo user, platform and tenant alike, signs in with this password. Long enough for the
 * password rules and absent from common-password lists; printed by `pnpm dev`.
 */
export const DEMO_PASSWORD = "Karibu-Aizalo-254";

/** Where `pnpm dev` serves the web app. */
const WEB_ORIGIN = "http://localhost:3000";

// `.test` is reserved (RFC 2606): no demo address can ever receive mail.
const DEMO_DOMAIN = "demo.aizalo.test";

export type PlatformAccount = "owner" | "admin" | "support" | `sales.${Territory}`;

/** Platform staff: `owner@demo.aizalo.test`, `sales.mombasa@demo.aizalo.test`, ... */
export function platformEmail(account: PlatformAccount): string {
  return `${account}@${DEMO_DOMAIN}`;
}

/** A business's users: `<role>@<subdomain>.demo.aizalo.test`, e.g. `staff@pwani-breeze.demo.aizalo.test`. */
export function tenantUserEmail(subdomain: string, role: TenantRole): string {
  return `${role}@${subdomain}.${DEMO_DOMAIN}`;
}

/** The business's public contact address (not a sign-in). */
export function businessEmail(subdomain: string): string {
  return `hello@${subdomain}.${DEMO_DOMAIN}`;
}

export interface DemoSignIn {
  label: string;
  url: string;
  email: string;
  password: string;
}

const platformSignIn = (label: string, account: PlatformAccount): DemoSignIn => ({
  label,
  url: `${WEB_ORIGIN}/login`,
  email: platformEmail(account),
  password: DEMO_PASSWORD,
});

const tenantSignIn = (label: string, subdomain: string, role: TenantRole): DemoSignIn => ({
  label,
  url: `${WEB_ORIGIN}/${subdomain}/login`,
  email: tenantUserEmail(subdomain, role),
  password: DEMO_PASSWORD,
});

const jacaranda = BUSINESSES.find((business) => business.industry === "real_estate");

/**
 * The sign-ins `pnpm dev` prints: every platform account, each business's owner, and one
 * business's other three roles to show what admin, staff and viewer can do.
 */
export const DEMO_SIGN_INS: readonly DemoSignIn[] = [
  platformSignIn(`Platform owner (${PLATFORM_STAFF.owner.fullName})`, "owner"),
  platformSignIn(`Platform admin (${PLATFORM_STAFF.admin.fullName})`, "admin"),
  platformSignIn(`Support (${PLATFORM_STAFF.support.fullName})`, "support"),
  ...TERRITORIES.map((territory) =>
    platformSignIn(
      `Sales, ${PLATFORM_STAFF.sales[territory].city} (${PLATFORM_STAFF.sales[territory].fullName})`,
      `sales.${territory}`,
    ),
  ),
  ...BUSINESSES.map((business) =>
    tenantSignIn(`${business.name}: owner`, business.subdomain, "owner"),
  ),
  ...(jacaranda
    ? (["admin", "staff", "viewer"] as const).map((role) =>
        tenantSignIn(`${jacaranda.name}: ${role}`, jacaranda.subdomain, role),
      )
    : []),
];
