import type { Metadata } from "next";
import { KpiCard, PageHeader, formatCount, formatPercent } from "@aizalo/ui";
import { dashboardPanelsFor } from "../../../../industries/dashboard-panels";
import { industryLabel } from "../../../../lib/industry";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { workspaceMemberFor } from "../../../../server/shell-people";
import { serverApi } from "../../../../trpc/server";
import { formatMoney } from "../customers/_components/format";
import { IndustryPanels } from "./industry-panels";
import { RecentActivity } from "./recent-activity";

export const metadata: Metadata = { title: "Dashboard" };

/** The business at a glance: the common figures, what just happened, and its industry's panels. */
export default async function WorkspaceDashboardPage(props: PageProps<"/[subdomain]/dashboard">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  const api = await serverApi();
  const [member, figures, activity] = await Promise.all([
    workspaceMemberFor(claims),
    api.tenant.dashboard.figures(),
    api.tenant.dashboard.recentActivity(),
  ]);
  const { conversion } = figures;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={industryLabel(member.tenant.industry)}
        title={member.tenant.businessName}
        description={member.user ? `Karibu, ${member.user.fullName}.` : undefined}
      />
      <section
        aria-label="Key figures"
        className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5"
      >
        <KpiCard
          label="Conversations today"
          value={formatCount(figures.conversationsToday)}
          hint="With a message since midnight"
        />
        <KpiCard
          label="Open conversations"
          value={formatCount(figures.openConversations)}
          hint="Active or waiting for a reply"
        />
        <KpiCard
          label="New leads this week"
          value={formatCount(figures.newLeadsThisWeek)}
          hint="Since Monday"
        />
        <KpiCard
          label="Conversion rate"
          value={conversion.rate === null ? "—" : formatPercent(conversion.rate)}
          hint={`Leads won ÷ leads closed (won or lost) in the last 30 days: ${conversion.won} of ${conversion.closed}`}
        />
        <KpiCard
          label="Revenue this month"
          value={formatMoney(figures.revenueThisMonth, figures.currency)}
          hint="Leads won this month plus converted conversations"
        />
      </section>
      <RecentActivity subdomain={claims.subdomain} items={activity} timeZone={figures.timeZone} />
      <IndustryPanels
        panels={dashboardPanelsFor(member.tenant.industry)}
        props={{
          subdomain: claims.subdomain,
          currency: figures.currency,
          timeZone: figures.timeZone,
          canWrite: claims.role !== "viewer",
        }}
      />
    </div>
  );
}
