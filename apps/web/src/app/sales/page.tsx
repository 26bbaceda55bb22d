import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { Badge, Card, CardContent, CardHeader, CardTitle, KpiCard, PageHeader } from "@aizalo/ui";
import { requireSalesSession } from "../../server/shell-access";
import { serverApi } from "../../trpc/server";
import { formatDate, formatKes, STAGE_LABELS } from "./_components/formatting";
import { UpcomingDemos } from "./_components/upcoming-demos";

export const metadata: Metadata = { title: "Dashboard" };

/** A rep's (or support's) own book: clients, pipeline, follow-ups due and demos booked. */
export default async function SalesDashboardPage() {
  const claims = await requireSalesSession();
  const dashboard = await (await serverApi()).sales.dashboard();
  const looksIn = claims.role === "owner" || claims.role === "admin";
  const sells = claims.role !== "support";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Dashboard"
        description={
          looksIn
            ? "You are looking in as platform staff: these are the clients and leads assigned to you."
            : "The businesses you look after and the leads you are working."
        }
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <KpiCard
          label="Your clients"
          value={dashboard.clients.total}
          hint={dashboard.clients.byStatus.map((row) => `${row.count} ${row.status}`).join(" · ")}
        />
        {sells ? (
          <>
            <KpiCard
              label="Open pipeline"
              value={formatKes(dashboard.openPipelineValue)}
              hint={`${dashboard.openLeads} open leads, expected monthly fees`}
            />
            <KpiCard
              label="Commission this month"
              value={formatKes(dashboard.commission.summary.total)}
              hint={`Pending ${formatKes(dashboard.commission.summary.pending)} · approved ${formatKes(dashboard.commission.summary.approved)} · paid ${formatKes(dashboard.commission.summary.paid)}`}
            />
            <KpiCard
              label="Team rank"
              value={
                dashboard.commission.standing
                  ? `#${dashboard.commission.standing.rank} of ${dashboard.commission.standing.teamSize}`
                  : "—"
              }
              hint="On this month's sales leaderboard"
            />
            <KpiCard
              label="Follow-ups overdue"
              value={dashboard.overdueFollowUps.length}
              hint="Open leads past their follow-up date"
            />
            <KpiCard
              label="Demos booked"
              value={dashboard.upcomingDemos.length}
              hint="Still to hold, or to record"
            />
          </>
        ) : null}
      </div>

      {sells ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle>My pipeline by stage</CardTitle>
            </CardHeader>
            <CardContent>
              <table className="w-full text-sm">
                <caption className="sr-only">Leads and expected monthly value per stage</caption>
                <thead>
                  <tr className="text-left text-muted-foreground">
                    <th scope="col" className="py-1 font-medium">
                      Stage
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Leads
                    </th>
                    <th scope="col" className="py-1 text-right font-medium">
                      Monthly value
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {dashboard.pipeline.map((row) => (
                    <tr key={row.stage} className="border-t border-border">
                      <th scope="row" className="py-2 text-left font-medium">
                        <Link href="/sales/leads" className="hover:underline">
                          {STAGE_LABELS[row.stage]}
                        </Link>
                      </th>
                      <td className="py-2 text-right tabular-nums">{row.leads}</td>
                      <td className="py-2 text-right tabular-nums">{formatKes(row.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Overdue follow-ups</CardTitle>
            </CardHeader>
            <CardContent>
              {dashboard.overdueFollowUps.length === 0 ? (
                <p className="text-muted-foreground">Nothing overdue.</p>
              ) : (
                <ul
                  className="flex flex-col divide-y divide-border"
                  aria-label="Overdue follow-ups"
                >
                  {dashboard.overdueFollowUps.map((lead) => (
                    <li key={lead.id} className="flex flex-col gap-1 py-2">
                      <Link
                        href={`/sales/leads/${lead.id}` as Route}
                        className="font-medium hover:underline"
                      >
                        {lead.businessName}
                      </Link>
                      <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                        <Badge tone="danger">Due {formatDate(lead.followUpAt)}</Badge>
                        {lead.nextAction}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>

          <Card className="lg:col-span-2">
            <CardHeader>
              <CardTitle>Upcoming demos</CardTitle>
            </CardHeader>
            <CardContent>
              <UpcomingDemos demos={dashboard.upcomingDemos} canChange={claims.role === "sales"} />
            </CardContent>
          </Card>
        </div>
      ) : null}
    </div>
  );
}
