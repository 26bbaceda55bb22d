import type { ReactNode } from "react";
import type { IndustryKey } from "@aizalo/api/provisioning";

/**
 * What the dashboard hands an industry's panel. Panels are server components: they fetch their
 * own figures through `serverApi()` (their own tenant procedures, so RLS and roles apply) and
 * never receive another business's data from the page.
 */
export interface IndustryPanelProps {
  subdomain: string;
  /** Figures read in the business's currency and fall on its days. */
  currency: string;
  timeZone: string;
  /** Viewers see no write controls inside panels either. */
  canWrite: boolean;
}

export interface IndustryDashboardPanel {
  /** Stable and unique within the industry: the React key and the section's test id. */
  id: string;
  /** The panel's heading ("Today's reservations"). */
  title: string;
  /** A component (async allowed: a server component fetching its own figures). */
  Panel: (props: IndustryPanelProps) => ReactNode | Promise<ReactNode>;
}

/**
 * The dashboard's industry slot: panels each industry's module adds under the common KPI cards,
 * in order. Every industry has an entry, empty until its module is built (a later issue), so a
 * new industry cannot be forgotten: the type demands its key.
 */
export const INDUSTRY_DASHBOARD_PANELS: Readonly<
  Record<IndustryKey, readonly IndustryDashboardPanel[]>
> = {
  hotels: [],
  restaurants: [],
  real_estate: [],
  car_dealers: [],
  beauty: [],
  medical: [],
  tech: [],
  law: [],
  hardware: [],
};

export function dashboardPanelsFor(industry: string): readonly IndustryDashboardPanel[] {
  return INDUSTRY_DASHBOARD_PANELS[industry as IndustryKey] ?? [];
}
