import type { ScopedDb } from "@aizalo/db";
import type { Span } from "./lead-conversion";

export interface CampaignLeads {
  /** null: leads that came without a campaign (walk-ins, the website, referrals). */
  campaignId: string | null;
  campaignName: string | null;
  won: number;
  lost: number;
  open: number;
}

/** Leads created in the range by the campaign that brought them, with where each stands now. */
export function leadsBySourceCampaign(db: ScopedDb, span: Span): Promise<CampaignLeads[]> {
  return db.$queryRaw<CampaignLeads[]>`
    SELECT c.id::text AS "campaignId", c.name AS "campaignName",
      count(*) FILTER (WHERE l.stage = 'won')::int AS won,
      count(*) FILTER (WHERE l.stage = 'lost')::int AS lost,
      count(*) FILTER (WHERE l.stage NOT IN ('won', 'lost'))::int AS open
    FROM leads l
    LEFT JOIN campaigns c ON c.tenant_id = l.tenant_id AND c.id = l.source_campaign_id
    WHERE l.deleted_at IS NULL AND l.created_at >= ${span.start} AND l.created_at < ${span.end}
    GROUP BY c.id, c.name
    ORDER BY count(*) DESC, c.name NULLS LAST`;
}
