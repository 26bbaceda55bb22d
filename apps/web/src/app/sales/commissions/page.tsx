import type { Metadata } from "next";
import {
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Input,
  KpiCard,
  Label,
  PageHeader,
  StackedBarChart,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
import { requireSalesSession } from "../../../server/shell-access";
import { serverApi } from "../../../trpc/server";
import { formatDate, formatKes } from "../_components/formatting";
import { CommissionLines } from "./commission-lines";

export const metadata: Metadata = { title: "Commissions" };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const REVENUE_WORDS: Record<string, string> = {
  setup: "Setup fee",
  subscription: "Subscription",
  addon: "Add-on",
  overage: "Overage",
};
/** sales.commissions.mine's page size. */
const PAGE_SIZE = 25;

function monthLabel(key: string) {
  const [year, month] = key.split("-").map(Number);
  return new Intl.DateTimeFormat("en-KE", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 1)));
}

/** Plotting needs numbers; the figures in the table under the chart stay exact. */
const chartNumber = (amount: { toFixed(places: number): string }) => Number(amount.toFixed(2));

/** What I earned: a month's commission, by client and kind, each payment, and the last year. */
export default async function CommissionsPage({ searchParams }: PageProps<"/sales/commissions">) {
  await requireSalesSession();
  const params = await searchParams;
  const month =
    typeof params.month === "string" && MONTH.test(params.month) ? params.month : undefined;
  const page = Math.max(1, Number.parseInt(String(params.page ?? "1"), 10) || 1);
  const mine = await (await serverApi()).sales.commissions.mine({ month, page });
  const { summary, standing, lines } = mine;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Commissions"
        description="What you earn on your clients' payments: setup fees once, subscriptions every month."
        actions={
          <form method="get" className="flex items-end gap-2">
            <div className="flex flex-col gap-1">
              <Label htmlFor="commission-month">Month</Label>
              <Input id="commission-month" type="month" name="month" defaultValue={mine.month} />
            </div>
            <Button type="submit" variant="secondary">
              Show
            </Button>
          </form>
        }
      />

      <section
        aria-label={`Commission for ${monthLabel(mine.month)}`}
        className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <KpiCard
          label={`Earned in ${monthLabel(mine.month)}`}
          value={formatKes(summary.total)}
          hint={`Recurring ${formatKes(summary.recurring)} · one-time ${formatKes(summary.oneTime)}`}
        />
        <KpiCard label="Pending" value={formatKes(summary.pending)} hint="Waiting for approval" />
        <KpiCard
          label="Approved and paid"
          value={formatKes(summary.approved.plus(summary.paid))}
          hint={`Approved ${formatKes(summary.approved)} · paid ${formatKes(summary.paid)}`}
        />
        <KpiCard
          label="Team leaderboard"
          value={standing ? `#${standing.rank} of ${standing.teamSize}` : "—"}
          hint={
            standing
              ? `${formatKes(standing.revenue)} revenue, ${standing.dealsWon} deals won`
              : "Not on the sales leaderboard"
          }
        />
      </section>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>By client</CardTitle>
          </CardHeader>
          <CardContent>
            {mine.byClient.length === 0 ? (
              <p className="text-muted-foreground">No commission this month.</p>
            ) : (
              <Table label="Commission by client">
                <TableHeader>
                  <TableRow>
                    <TableHead>Client</TableHead>
                    <TableHead className="text-right">Recurring</TableHead>
                    <TableHead className="text-right">One-time</TableHead>
                    <TableHead className="text-right">Total</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {mine.byClient.map((client) => (
                    <TableRow key={client.tenantId}>
                      <TableCell>{client.businessName ?? "A former client"}</TableCell>
                      <TableCell className="text-right tabular-nums">
                        {formatKes(client.recurring)}
                      </TableCell>
                      <TableCell className="text-right tabular-nums">
                        {formatKes(client.oneTime)}
                      </TableCell>
                      <TableCell className="text-right font-medium tabular-nums">
                        {formatKes(client.total)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
        <StackedBarChart
          title="The last twelve months"
          description="Commission by month and status."
          data={[...mine.history].reverse().map((entry) => ({
            label: monthLabel(entry.month),
            pending: chartNumber(entry.pending),
            approved: chartNumber(entry.approved),
            paid: chartNumber(entry.paid),
          }))}
          series={[
            { key: "paid", label: "Paid" },
            { key: "approved", label: "Approved" },
            { key: "pending", label: "Pending" },
          ]}
        />
      </div>

      <section aria-labelledby="payments-title" className="flex flex-col gap-3">
        <h2 id="payments-title" className="text-lg font-semibold">
          Payments in {monthLabel(mine.month)}
        </h2>
        <CommissionLines
          label={`Commission per payment, ${monthLabel(mine.month)}`}
          month={mine.month}
          page={page}
          pageSize={PAGE_SIZE}
          total={lines.total}
          lines={lines.rows.map((row) => ({
            id: row.id,
            paidOn: formatDate(row.revenue.paidAt),
            client: row.businessName ?? "A former client",
            paidFor: `${REVENUE_WORDS[row.revenue.type] ?? row.revenue.type}${row.kind === "refund" ? " (refund)" : ""}`,
            payment: formatKes(row.revenue.amount),
            rate: `${row.rate.toFixed(2)}%`,
            commission: formatKes(row.amount),
            status: row.status,
          }))}
        />
      </section>
    </div>
  );
}
