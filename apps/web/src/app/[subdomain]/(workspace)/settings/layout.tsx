import type { Route } from "next";
import { PageHeader } from "@aizalo/ui";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { SettingsTabs } from "./_components/settings-tabs";

/**
 * Settings: the business's profile and preferences, its team, and its activity. Team and
 * Activity are for owners and admins (the API refuses anyone else), so only they see the tabs.
 */
export default async function SettingsLayout({
  children,
  params,
}: LayoutProps<"/[subdomain]/settings">) {
  const { subdomain } = await params;
  const claims = await requireWorkspaceSession(subdomain);
  const manager = claims.role === "owner" || claims.role === "admin";
  const base = `/${claims.subdomain}/settings`;
  const tabs = [
    { href: base as Route, label: "Business" },
    ...(manager
      ? [
          { href: `${base}/team` as Route, label: "Team" },
          { href: `${base}/activity` as Route, label: "Activity" },
        ]
      : []),
    // Taking all of the data out is the owner's alone (not a platform owner logged in as it).
    ...(claims.role === "owner" && !claims.impersonatorId
      ? [{ href: `${base}/data` as Route, label: "Your data" }]
      : []),
  ];
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <PageHeader
        title="Settings"
        description="How your business appears to customers, when it is open, and who works in it."
      />
      <SettingsTabs tabs={tabs} />
      {children}
    </div>
  );
}
