import type { Metadata } from "next";
import { KpiCard, PageHeader } from "@aizalo/ui";
import { industryLabel } from "../../../../lib/industry";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { workspaceFigures } from "../../../../server/shell-figures";
import { workspaceMemberFor } from "../../../../server/shell-people";

export const metadata: Metadata = { title: "Dashboard" };

/** The business at a glance: who is waiting for an answer, how many customers, new leads. */
export default async function WorkspaceDashboardPage(props: PageProps<"/[subdomain]/dashboard">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  const [member, figures] = await Promise.all([
    workspaceMemberFor(claims),
    workspaceFigures(claims),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={industryLabel(member.tenant.industry)}
        title={member.tenant.businessName}
        description={member.user ? `Karibu, ${member.user.fullName}.` : undefined}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <KpiCard
          label="Open conversations"
          value={figures.openConversations}
          hint="Active or waiting for a reply"
        />
        <KpiCard label="Customers" value={figures.customers} />
        <KpiCard label="New leads" value={figures.leadsLastSevenDays} hint="In the last 7 days" />
      </div>
    </div>
  );
}
