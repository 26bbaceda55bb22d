import type { Metadata } from "next";
import {
  Button,
  Label,
  PageHeader,
  Select,
  StackedBarChart,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  buttonVariants,
  formatKes,
} from "@aizalo/ui";
import { requireAdminSession } from "../../../server/shell-access";
import { serverApi } from "../../../trpc/server";
import {
  MONTH_PATTERN,
  PAYMENT_METHOD_LABELS,
  REVENUE_TYPE_LABELS,
  monthLabel,
  monthOptions,
  nairobiMonth,
  shiftMonth,
  type PaymentMethodKey,
  type RevenueTypeKey,
} from "./money-labels";
import { PaymentsList } from "./payments-list";
import { RecordPaymentDialog } from "./record-payment-dialog";
import { RevenueTabs } from "./revenue-tabs";

export const metadata: Metadata = { title: "Revenue" };

const TYPES = Object.keys(REVENUE_TYPE_LABELS) as RevenueTypeKey[];
const METHODS = Object.keys(PAYMENT_METHOD_LABELS) as PaymentMethodKey[];
type Money = { toFixed(digits: number): string };
const kes = (amount: Money) => formatKes(amount.toFixed(2));

/** Money received from businesses: by month, type and payment method; payments; CSV. */
export default async function AdminRevenuePage(props: PageProps<"/admin/revenue">) {
  await requireAdminSession();
  const query = await props.searchParams;
  const latest = nairobiMonth(new Date());
  const asked = (name: string) => {
    const value = query[name];
    return typeof value === "string" && MONTH_PATTERN.test(value) ? value : null;
  };
  let to = asked("to") ?? latest;
  let from = asked("from") ?? shiftMonth(to, -11);
  if (from > to) [from, to] = [to, from];
  // At most three years on one page (the procedure's limit too).
  if (shiftMonth(from, 35) < to) from = shiftMonth(to, -35);

  const months = await (await serverApi()).admin.revenue.byMonth({ from, to });
  const options = monthOptions(latest);
  const total = months.reduce((sum, month) => sum + Number(month.total.toFixed(2)), 0);
  const exportHref = `/api/admin/export/revenue?from=${from}&to=${to}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Revenue"
        description="Money received from businesses, in KES, net of refunds, by Nairobi calendar month."
        actions={<RecordPaymentDialog />}
      />
      <RevenueTabs current="/admin/revenue" />

      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Months shown">
          {(
            [
              ["from", "From", from],
              ["to", "To", to],
            ] as const
          ).map(([name, label, value]) => (
            <div key={name} className="flex flex-col gap-1">
              <Label htmlFor={`revenue-${name}`}>{label}</Label>
              <Select id={`revenue-${name}`} name={name} defaultValue={value} className="w-36">
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </div>
          ))}
          <Button type="submit" variant="secondary">
            Show
          </Button>
        </form>
        <a href={exportHref} className={buttonVariants({ variant: "secondary" })} download>
          Export revenue CSV
        </a>
      </div>

      <StackedBarChart
        title="Revenue by month and type"
        description={`${monthLabel(from)} to ${monthLabel(to)}: ${formatKes(total.toFixed(2))} in all.`}
        data={months.map((month) => ({
          label: monthLabel(month.month),
          // Drawing needs numbers; the figures in the table stay exact decimals.
          subscription: Number(month.byType.subscription.toFixed(2)),
          setup: Number(month.byType.setup.toFixed(2)),
          addon: Number(month.byType.addon.toFixed(2)),
          overage: Number(month.byType.overage.toFixed(2)),
        }))}
        series={TYPES.map((key) => ({ key, label: REVENUE_TYPE_LABELS[key] }))}
      />

      <section aria-labelledby="by-method-title" className="flex flex-col gap-3">
        <h2 id="by-method-title" className="text-lg font-semibold">
          By month, type and payment method
        </h2>
        <div className="relative overflow-x-auto">
          <Table label="Revenue by month, type and payment method">
            <TableHeader>
              <TableRow>
                <TableHead>Month</TableHead>
                {TYPES.map((type) => (
                  <TableHead key={type} className="text-right">
                    {REVENUE_TYPE_LABELS[type]}
                  </TableHead>
                ))}
                {METHODS.map((method) => (
                  <TableHead key={method} className="text-right">
                    {PAYMENT_METHOD_LABELS[method]}
                  </TableHead>
                ))}
                <TableHead className="text-right">Total</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...months].reverse().map((month) => (
                <TableRow key={month.month}>
                  <TableCell className="font-medium whitespace-nowrap">
                    {monthLabel(month.month)}
                  </TableCell>
                  {TYPES.map((type) => (
                    <TableCell key={type} className="text-right tabular-nums whitespace-nowrap">
                      {kes(month.byType[type])}
                    </TableCell>
                  ))}
                  {METHODS.map((method) => (
                    <TableCell key={method} className="text-right tabular-nums whitespace-nowrap">
                      {kes(month.byMethod[method])}
                    </TableCell>
                  ))}
                  <TableCell className="text-right font-medium tabular-nums whitespace-nowrap">
                    {kes(month.total)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section aria-labelledby="payments-title" className="flex flex-col gap-3">
        <h2 id="payments-title" className="text-lg font-semibold">
          Payments and refunds
        </h2>
        <PaymentsList from={from} to={to} />
      </section>
    </div>
  );
}
