import type { Metadata } from "next";
import {
  KpiCard,
  PageHeader,
  StackedBarChart,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  formatCount,
  formatKes,
} from "@aizalo/ui";
import { LoginAsEndedNotice } from "../../auth/login-as-ended-notice";
import { serverApi } from "../../trpc/server";
import { requireAdminSession } from "../../server/shell-access";
import {
  chartNumber,
  kes,
  kesOrDash,
  MONTH_PATTERN,
  percentOrDash,
  recentMonths,
  REVENUE_TYPE_LABELS,
  STATUS_LABELS,
} from "./_overview/figures";
import { HealthPanel } from "./_overview/health-panel";
import { MonthPicker } from "./_overview/month-picker";

export const metadata: Metadata = { title: "Overview" };

const REVENUE_SERIES = (
  Object.keys(REVENUE_TYPE_LABELS) as (keyof typeof REVENUE_TYPE_LABELS)[]
).map((key) => ({ key, label: REVENUE_TYPE_LABELS[key] }));

/** The platform at a glance: MRR and how it moved, businesses by status, revenue, health. */
export default async function AdminOverviewPage(props: PageProps<"/admin">) {
  const claims = await requireAdminSession();
  const { month: asked, loginAsEnded } = await props.searchParams;
  const month = typeof asked === "string" && MONTH_PATTERN.test(asked) ? asked : undefined;
  const api = await serverApi();
  // Two units of work at once: the business figures and the last 24 hours' health.
  const [overview, health] = await Promise.all([
    api.admin.overview.get(month ? { month } : {}),
    api.admin.overview.health(),
  ]);
  const { movement, tenants } = overview;
  const period = overview.monthInProgress ? `${overview.monthLabel} so far` : overview.monthLabel;
  const monthOptions = recentMonths(new Date());

  return (
    <div className="flex flex-col gap-6">
      <LoginAsEndedNotice claims={claims} subdomain={loginAsEnded} />
      <PageHeader
        title="Overview"
        description={`Platform figures for ${period}, in Nairobi time. Demo accounts are left out.`}
        actions={<MonthPicker months={monthOptions} selected={overview.month} />}
      />

      <section aria-labelledby="mrr-title" className="flex flex-col gap-3">
        <h2 id="mrr-title" className="text-lg font-semibold">
          Monthly recurring revenue
        </h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <KpiCard
            label="MRR"
            value={kes(movement.mrr)}
            change={{
              current: chartNumber(movement.mrr),
              previous: chartNumber(movement.startMrr),
            }}
            formatValue={(value) => formatKes(value.toFixed(2))}
            periodLabel="since the 1st"
            hint={`${formatCount(movement.payingAtEnd)} paying businesses`}
          />
          <KpiCard
            label="New MRR"
            value={kes(movement.newMrr)}
            hint={`${formatCount(movement.newTenants)} first activations`}
          />
          <KpiCard label="Expansion MRR" value={kes(movement.expansionMrr)} />
          <KpiCard label="Contraction MRR" value={kes(movement.contractionMrr)} />
          <KpiCard
            label="Churned MRR"
            value={kes(movement.churnedMrr)}
            hint={`${formatCount(movement.churnedTenants)} left paying status`}
          />
          <KpiCard
            label="Reactivated MRR"
            value={kes(movement.reactivationMrr)}
            hint="businesses back after a suspension or cancellation"
          />
          <KpiCard
            label="Monthly churn rate"
            value={percentOrDash(overview.churnRate)}
            hint={`of ${formatCount(movement.payingAtStart)} paying on the 1st`}
          />
          <KpiCard label="Average revenue per tenant" value={kesOrDash(overview.arpt)} />
        </div>
      </section>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <StackedBarChart
          className="lg:col-span-2"
          title="Revenue by month"
          description="Money received in the 12 months to the chosen month, by type, net of refunds."
          data={overview.revenue.map((entry) => ({
            label: entry.label,
            subscription: chartNumber(entry.byType.subscription),
            setup: chartNumber(entry.byType.setup),
            addon: chartNumber(entry.byType.addon),
            overage: chartNumber(entry.byType.overage),
          }))}
          series={REVENUE_SERIES}
        />
        <section aria-labelledby="status-title" className="flex flex-col gap-3">
          <h2 id="status-title" className="text-lg font-semibold">
            Businesses by status
          </h2>
          <Table label="Businesses by subscription status">
            <TableHeader>
              <TableRow>
                <TableHead>Status</TableHead>
                <TableHead className="text-right">Businesses</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[]).map((status) => (
                <TableRow key={status}>
                  <TableCell>{STATUS_LABELS[status]}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatCount(tenants.byStatus[status])}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell className="font-medium">All businesses</TableCell>
                <TableCell className="text-right font-medium tabular-nums">
                  {formatCount(tenants.total)}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableCell className="text-muted-foreground">Demo accounts (apart)</TableCell>
                <TableCell className="text-right text-muted-foreground tabular-nums">
                  {formatCount(tenants.demo)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </section>
      </div>

      <HealthPanel health={health} />
    </div>
  );
}
