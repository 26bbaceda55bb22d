"use client";

import type { AppRouter } from "@aizalo/api";
import type { inferRouterOutputs } from "@trpc/server";
import {
  KpiCard,
  StackedBarChart,
  TrendChart,
  formatCount,
  formatPercent,
  type ChartDatum,
} from "@aizalo/ui";
import { CHANNEL_LABELS, formatMoney } from "../customers/_components/format";
import { formatWait, periodLabel } from "./analytics-format";

type Report = inferRouterOutputs<AppRouter>["tenant"]["analytics"]["report"];
/** A channel's name as a chart series key (the type keeps it apart from the datum's label). */
type ChannelKey = `channel:${string}`;

const LEAD_SERIES = [
  { key: "won", label: "Won" },
  { key: "open", label: "Still open" },
  { key: "lost", label: "Lost" },
] as const;
const RETURN_SERIES = [
  { key: "spend", label: "Spend (budget)" },
  { key: "value", label: "Converted value" },
] as const;

/** The range's figures: the headline numbers, then a chart for each (each with its table). */
export function AnalyticsCharts({ report }: { report: Report }) {
  const money = (value: number) => formatMoney(value.toFixed(2), report.currency);
  const moneyAxis = (value: number) =>
    `${report.currency} ${new Intl.NumberFormat("en-KE", { notation: "compact" }).format(value)}`;
  const per = report.bucket === "day" ? "day" : "week (from Monday)";
  const { firstResponse, conversion, campaigns } = report;
  const customersAdded = report.customersAdded.reduce((sum, period) => sum + period.customers, 0);

  const channelKey = (channel: string): ChannelKey => `channel:${channel}`;
  const channelSeries = report.conversations.channels.map((channel) => ({
    key: channelKey(channel),
    label: CHANNEL_LABELS[channel] ?? channel,
  }));
  const conversationData = report.conversations.periods.map((period): ChartDatum<ChannelKey> => ({
    label: periodLabel(period.period, report.bucket),
    ...Object.fromEntries(
      Object.entries(period.byChannel).map(([channel, count]) => [channelKey(channel), count]),
    ),
  }));

  return (
    <div className="flex flex-col gap-6">
      <section
        aria-label="Headline figures"
        className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4"
      >
        <KpiCard
          label="Median first response"
          value={
            firstResponse.medianSeconds === null ? "—" : formatWait(firstResponse.medianSeconds)
          }
          hint={`From a customer's first message to the first reply; ${firstResponse.answered} of ${firstResponse.conversations} new conversations answered`}
        />
        <KpiCard
          label="Conversion rate"
          value={conversion.rate === null ? "—" : formatPercent(conversion.rate)}
          hint={`Leads won ÷ leads closed (won or lost) in the range: ${conversion.won} of ${conversion.closed}`}
        />
        <KpiCard label="Customers added" value={formatCount(customersAdded)} />
        <KpiCard
          label="Campaign spend"
          value={money(Number(campaigns.spend))}
          hint={`Converted value ${formatMoney(campaigns.convertedValue, report.currency)}`}
        />
      </section>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <StackedBarChart
          title="Conversations by channel"
          description={`Conversations with a message, per ${per}.`}
          data={conversationData}
          series={channelSeries}
          format="count"
        />
        <TrendChart
          title="Customers added"
          description={`New customers per ${per}.`}
          data={report.customersAdded.map((period) => ({
            label: periodLabel(period.period, report.bucket),
            customers: period.customers,
          }))}
          series={[{ key: "customers", label: "Customers added" }]}
          format="count"
        />
        <StackedBarChart
          title="Leads by source campaign"
          description="Leads that came in during the range, by the campaign that brought them, and where they stand now."
          data={report.leadsByCampaign.map((row) => ({
            label: row.campaignName ?? "No campaign",
            won: row.won,
            open: row.open,
            lost: row.lost,
          }))}
          series={LEAD_SERIES}
          format="count"
        />
        <StackedBarChart
          title="Campaign spend and converted value"
          description="Campaigns that started in the range: budget (until channels report real costs) against their won leads' value."
          data={campaigns.rows.map((row) => ({
            label: row.name,
            spend: Number(row.spend),
            value: Number(row.convertedValue),
          }))}
          series={RETURN_SERIES}
          stacked={false}
          formatValue={money}
          formatAxis={moneyAxis}
          summary={
            campaigns.rows.length === 0
              ? "No campaigns started in this range."
              : `${campaigns.rows.length} campaigns: ${money(Number(campaigns.spend))} spent, ${money(Number(campaigns.convertedValue))} converted.`
          }
        />
      </div>
    </div>
  );
}
