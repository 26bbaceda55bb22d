import type { ScopedDb } from "@aizalo/db";
import { consentingCustomerIds } from "../customers/consent";
import { customerWhere } from "../customers/customer-filters";
import type { AudiencePreviewInput } from "./campaign-fields";
import { CAMPAIGN_CHANNELS, type CampaignChannel } from "./campaign-words";

/**
 * How many customers a campaign would reach: those matching the audience's filters whose
 * latest consent on a chosen channel is a grant (consentingCustomerIds, the one way campaigns
 * pick recipients). A customer reachable on two channels counts once in `reachable`.
 */
export async function audiencePreview(db: ScopedDb, tenantId: string, input: AudiencePreviewInput) {
  const filter = input.audience;
  const [matching, perChannel] = await Promise.all([
    db.customer.count({ where: { AND: [customerWhere(filter), { erasedAt: null }] } }),
    Promise.all(
      input.channels.map(async (channel) => ({
        channel,
        ids: await consentingCustomerIds(db, tenantId, channel, filter),
      })),
    ),
  ]);
  const byChannel = Object.fromEntries(CAMPAIGN_CHANNELS.map((channel) => [channel, 0])) as Record<
    CampaignChannel,
    number
  >;
  const reachable = new Set<string>();
  for (const { channel, ids } of perChannel) {
    byChannel[channel] = ids.length;
    for (const id of ids) reachable.add(id);
  }
  return { matching, reachable: reachable.size, byChannel };
}
