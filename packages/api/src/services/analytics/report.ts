import { Prisma, type ScopedDb } from "@aizalo/db";
import {
  bucketFor,
  periodsOf,
  type BusinessCalendar,
  type Bucket,
  type DateRange,
} from "./calendar";
import { campaignReturns, type CampaignReturn } from "./campaign-returns";
import { conversationsByChannel } from "./conversation-volume";
import { customersAdded } from "./customer-growth";
import { firstResponseTime, type FirstResponse } from "./first-response";
import { leadsBySourceCampaign, type CampaignLeads } from "./leads-by-campaign";
import { conversionRate, type Conversion } from "./lead-conversion";
import { spanOfRange } from "./span";

export interface AnalyticsReport {
  range: DateRange;
  /** Charts over time show a bar per day, or per week (from Monday) for long ranges. */
  bucket: Bucket;
  timeZone: string;
  currency: string;
  conversations: {
    /** Channels that had conversations in the range, busiest first. */
    channels: string[];
    /** Every period of the range (zeros included), with a count per channel. */
    periods: { period: string; byChannel: Record<string, number>; total: number }[];
  };
  firstResponse: FirstResponse;
  conversion: Conversion;
  leadsByCampaign: CampaignLeads[];
  customersAdded: { period: string; customers: number }[];
  campaigns: { rows: CampaignReturn[]; spend: string; convertedValue: string };
}

/** Everything /analytics shows for a range, computed in PostgreSQL as the signed-in person. */
export async function analyticsReport(
  db: ScopedDb,
  calendar: BusinessCalendar,
  range: DateRange,
): Promise<AnalyticsReport> {
  const zone = calendar.timeZone;
  const bucket = bucketFor(range);
  const periods = periodsOf(range, bucket);
  const span = await spanOfRange(db, range, zone);

  const channelCounts = await conversationsByChannel(db, span, bucket, zone);
  const totals = new Map<string, number>();
  for (const row of channelCounts) {
    totals.set(row.channel, (totals.get(row.channel) ?? 0) + row.conversations);
  }
  const channels = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));

  const added = new Map(
    (await customersAdded(db, span, bucket, zone)).map((row) => [row.period, row.customers]),
  );
  const campaigns = await campaignReturns(db, span);
  const sum = (pick: (row: CampaignReturn) => string) =>
    campaigns.reduce((total, row) => total.plus(pick(row)), new Prisma.Decimal(0)).toFixed(2);

  return {
    range,
    bucket,
    timeZone: zone,
    currency: calendar.currency,
    conversations: {
      channels,
      periods: periods.map((period) => {
        const byChannel = Object.fromEntries(
          channels.map((channel) => [
            channel,
            channelCounts.find((row) => row.period === period && row.channel === channel)
              ?.conversations ?? 0,
          ]),
        );
        const total = Object.values(byChannel).reduce((a, b) => a + b, 0);
        return { period, byChannel, total };
      }),
    },
    firstResponse: await firstResponseTime(db, span),
    conversion: await conversionRate(db, span),
    leadsByCampaign: await leadsBySourceCampaign(db, span),
    customersAdded: periods.map((period) => ({ period, customers: added.get(period) ?? 0 })),
    campaigns: {
      rows: campaigns,
      spend: sum((row) => row.spend),
      convertedValue: sum((row) => row.convertedValue),
    },
  };
}
