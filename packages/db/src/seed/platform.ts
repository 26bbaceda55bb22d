import { Prisma, type RevenueType } from "../generated/prisma/client";
import { platformEmail } from "./accounts";
import { PLAN_FEES, PLATFORM_STAFF, SETUP_FEES, TERRITORIES, type Territory } from "./businesses";
import type { SeedClock } from "./clock";
import { seedId } from "./ids";

// Platform staff, settings, flags, sales territories and commission rates.

export const platformUserId = {
  owner: seedId("platform-user", "owner"),
  admin: seedId("platform-user", "admin"),
  support: seedId("platform-user", "support"),
  sales: (territory: Territory) => seedId("platform-user", "sales", territory),
};

export const territoryId = (territory: Territory) => seedId("sales-territory", territory);

/** The platform went live this many days before the seed runs; nothing happens earlier. */
export const PLATFORM_LAUNCH_DAYS_AGO = 400;

interface RateStep {
  daysAgo: number;
  setup: string;
  recurring: string;
}

// Each rep's rates in percent over time. Nairobi's recurring rate went up after a strong quarter,
// so some of Kevin's commissions use 5% and later ones 7.5%.
const COMMISSION_RATES: Record<Territory, readonly RateStep[]> = {
  nairobi: [
    { daysAgo: PLATFORM_LAUNCH_DAYS_AGO, setup: "10.00", recurring: "5.00" },
    { daysAgo: 150, setup: "10.00", recurring: "7.50" },
  ],
  mombasa: [{ daysAgo: PLATFORM_LAUNCH_DAYS_AGO, setup: "12.50", recurring: "6.00" }],
  kisumu: [{ daysAgo: PLATFORM_LAUNCH_DAYS_AGO, setup: "10.00", recurring: "5.50" }],
};

/** The rate (percent) a rep earns on a payment of `type` made at `paidAt`. */
export function commissionRate(
  clock: SeedClock,
  territory: Territory,
  type: RevenueType,
  paidAt: Date,
): Prisma.Decimal {
  const inForce = COMMISSION_RATES[territory]
    .filter((step) => clock.daysAgo(step.daysAgo, 0, 0).getTime() <= paidAt.getTime())
    .at(-1);
  if (!inForce) throw new Error(`No commission rate for ${territory} at ${paidAt.toISOString()}`);
  // DESIGN "Platform metrics": setup rate for setup fees, recurring for everything else.
  return new Prisma.Decimal(type === "setup" ? inForce.setup : inForce.recurring);
}

export function platformUsers(
  clock: SeedClock,
  passwordHash: string,
): Prisma.PlatformUserCreateManyInput[] {
  const staff = (
    id: string,
    account: Parameters<typeof platformEmail>[0],
    person: { fullName: string; phone: string },
    role: "owner" | "admin" | "sales" | "support",
    joinedDaysAgo: number,
  ): Prisma.PlatformUserCreateManyInput => ({
    id,
    email: platformEmail(account),
    passwordHash,
    fullName: person.fullName,
    phone: person.phone,
    role,
    createdAt: clock.daysAgo(joinedDaysAgo, 9, 0),
    lastLoginAt: clock.daysAgo(role === "support" ? 2 : 0, 8, 30),
  });
  return [
    staff(
      platformUserId.owner,
      "owner",
      PLATFORM_STAFF.owner,
      "owner",
      PLATFORM_LAUNCH_DAYS_AGO + 30,
    ),
    staff(
      platformUserId.admin,
      "admin",
      PLATFORM_STAFF.admin,
      "admin",
      PLATFORM_LAUNCH_DAYS_AGO + 10,
    ),
    staff(
      platformUserId.support,
      "support",
      PLATFORM_STAFF.support,
      "support",
      PLATFORM_LAUNCH_DAYS_AGO - 60,
    ),
    ...TERRITORIES.map((territory) =>
      staff(
        platformUserId.sales(territory),
        `sales.${territory}`,
        PLATFORM_STAFF.sales[territory],
        "sales",
        PLATFORM_LAUNCH_DAYS_AGO + 5,
      ),
    ),
  ];
}

export function salesTerritories(clock: SeedClock): Prisma.SalesTerritoryCreateManyInput[] {
  return TERRITORIES.map((territory) => ({
    id: territoryId(territory),
    name: PLATFORM_STAFF.sales[territory].city,
    city: PLATFORM_STAFF.sales[territory].city,
    assignedTo: platformUserId.sales(territory),
    createdAt: clock.daysAgo(PLATFORM_LAUNCH_DAYS_AGO, 9, 30),
  }));
}

export function salesCommissionRates(
  clock: SeedClock,
): Prisma.SalesCommissionRateCreateManyInput[] {
  return TERRITORIES.flatMap((territory) =>
    COMMISSION_RATES[territory].map((step, index) => ({
      id: seedId("commission-rate", territory, index),
      salesRepId: platformUserId.sales(territory),
      setupRate: step.setup,
      recurringRate: step.recurring,
      effectiveFrom: clock.daysAgo(step.daysAgo, 0, 0),
      createdBy: platformUserId.owner,
      createdAt: clock.daysAgo(step.daysAgo + 1, 16, 0),
    })),
  );
}

export function platformSettings(clock: SeedClock): Prisma.PlatformSettingCreateManyInput[] {
  const settings: [
    key: string,
    value: Prisma.InputJsonValue,
    dataType: "string" | "number" | "boolean" | "json",
    description: string,
  ][] = [
    ["billing.currency", "KES", "string", "Currency of every platform price, invoice and payout"],
    ["billing.trial_days", 14, "number", "Length of a new business's free trial"],
    [
      "billing.grace_period_days",
      7,
      "number",
      "Days a past-due business keeps working before it is suspended",
    ],
    ["billing.plans", { ...PLAN_FEES }, "json", "Monthly fee per plan, KES"],
    [
      "billing.setup_fees",
      { ...SETUP_FEES },
      "json",
      "One-off setup fee per plan, KES, paid with the first month",
    ],
    ["billing.vat_percent", 16, "number", "VAT added to platform invoices"],
    ["demo.account_days", 14, "number", "How long a sales demo account lives before it expires"],
    ["security.impersonation_minutes", 30, "number", "Length of a 'login as tenant' session"],
    ["ai.default_provider", "local", "string", "Model provider when a business has not chosen one"],
    ["support.email", "support@demo.aizalo.test", "string", "Where businesses write for help"],
    ["signup.open", true, "boolean", "Whether businesses may sign up without a sales rep"],
  ];
  return settings.map(([key, value, dataType, description]) => ({
    id: seedId("platform-setting", key),
    key,
    value,
    dataType,
    description,
    updatedBy: platformUserId.owner,
    createdAt: clock.daysAgo(PLATFORM_LAUNCH_DAYS_AGO, 10, 0),
  }));
}

/** Global flags, plus two per-business overrides to show how a tenant row wins. */
export function featureFlags(
  clock: SeedClock,
  tenantIdOf: (industry: string) => string,
): Prisma.FeatureFlagCreateManyInput[] {
  const flags: [key: string, enabled: boolean, description: string, industry: string | null][] = [
    ["ai.auto_reply", true, "The assistant answers customers when a business turns it on", null],
    ["campaigns.scheduled_sending", true, "Campaigns can be scheduled for a later send", null],
    [
      "websites.custom_domains",
      false,
      "Businesses can connect their own domain (DNS check in beta)",
      null,
    ],
    // A law firm reviews every reply itself.
    ["ai.auto_reply", false, "Advocates review every reply before it is sent", "law"],
    ["websites.custom_domains", true, "Beta tester for custom domains", "hotels"],
  ];
  return flags.map(([key, enabled, description, industry]) => ({
    id: seedId("feature-flag", key, industry ?? "global"),
    key,
    enabled,
    description,
    tenantId: industry ? tenantIdOf(industry) : null,
    createdAt: clock.daysAgo(120, 11, 0),
  }));
}
