import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";
import { currentConsents } from "./consent";
import { customerSummary, customerSummarySelect } from "./customer-view";

/**
 * Everything the customer page shows: the profile, consent per channel, the conversations
 * (newest first, read-only here; the inbox opens them), leads, and the campaigns on record.
 *
 * Campaigns: the schema records the campaign that acquired a customer and the campaigns their
 * leads came from; it has no per-recipient send log yet (sending arrives with the channels
 * issue), so "reached them" means those two links.
 */
export async function customerDetail(db: ScopedDb, id: string) {
  const row = await db.customer.findFirst({
    where: { id },
    select: {
      ...customerSummarySelect,
      phoneVerified: true,
      emailVerified: true,
      acquisitionCampaign: { select: { id: true, name: true, status: true, startsAt: true } },
    },
  });
  if (!row) throw new NotFoundError("Customer");
  const [tenant, consents, conversations, leads] = await Promise.all([
    db.tenant.findFirst({ select: { currency: true } }),
    currentConsents(db, id),
    db.conversation.findMany({
      where: { customerId: id },
      orderBy: [{ lastMessageAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: 50,
      select: {
        id: true,
        channel: true,
        status: true,
        converted: true,
        conversionValue: true,
        lastMessageAt: true,
        createdAt: true,
        unreadCount: true,
        _count: { select: { messages: true } },
      },
    }),
    db.lead.findMany({
      where: { customerId: id },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: {
        id: true,
        stage: true,
        value: true,
        score: true,
        followUpAt: true,
        createdAt: true,
        convertedAt: true,
        sourceCampaign: { select: { id: true, name: true, status: true, startsAt: true } },
      },
    }),
  ]);

  const campaigns = new Map<string, { id: string; name: string; status: string; how: string }>();
  if (row.acquisitionCampaign) {
    const c = row.acquisitionCampaign;
    campaigns.set(c.id, { id: c.id, name: c.name, status: c.status, how: "Brought them in" });
  }
  for (const lead of leads) {
    const c = lead.sourceCampaign;
    if (c && !campaigns.has(c.id)) {
      campaigns.set(c.id, { id: c.id, name: c.name, status: c.status, how: "Led to a lead" });
    }
  }

  return {
    currency: tenant?.currency ?? "KES",
    customer: {
      ...customerSummary(row),
      phoneVerified: row.phoneVerified,
      emailVerified: row.emailVerified,
    },
    consents,
    conversations: conversations.map((conversation) => ({
      id: conversation.id,
      channel: conversation.channel,
      status: conversation.status,
      converted: conversation.converted,
      conversionValue: conversation.conversionValue?.toFixed(2) ?? null,
      lastMessageAt: conversation.lastMessageAt,
      createdAt: conversation.createdAt,
      unreadCount: conversation.unreadCount,
      messageCount: conversation._count.messages,
    })),
    leads: leads.map((lead) => ({
      id: lead.id,
      stage: lead.stage,
      value: lead.value?.toFixed(2) ?? null,
      score: lead.score,
      followUpAt: lead.followUpAt,
      createdAt: lead.createdAt,
      convertedAt: lead.convertedAt,
    })),
    campaigns: [...campaigns.values()],
  };
}
