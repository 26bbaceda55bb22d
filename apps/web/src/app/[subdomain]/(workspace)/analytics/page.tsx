import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PageHeader } from "@aizalo/ui";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { serverApi } from "../../../../trpc/server";
import { AnalyticsCharts } from "./analytics-charts";
import { dateLabel } from "./analytics-format";
import { chooseRange } from "./range";
import { RangePicker } from "./range-picker";

export const metadata: Metadata = { title: "Analytics" };

/** The business's figures over a range of its own days; the range lives in the URL. */
export default async function AnalyticsPage(props: PageProps<"/[subdomain]/analytics">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  // analytics.view: viewers hold no permissions (the API refuses them too).
  if (claims.role === "viewer") forbidden();
  const api = await serverApi();
  const calendar = await api.tenant.analytics.calendar();
  const chosen = chooseRange(await props.searchParams, calendar.today);
  const report = await api.tenant.analytics.report({ from: chosen.from, to: chosen.to });

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Analytics"
        description={`${dateLabel(chosen.from)} – ${dateLabel(chosen.to)}, in ${calendar.timeZone.replaceAll("_", " ")} time and ${calendar.currency}.`}
      />
      <RangePicker subdomain={claims.subdomain} chosen={chosen} />
      <AnalyticsCharts report={report} />
    </div>
  );
}
