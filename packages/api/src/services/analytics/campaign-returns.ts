import type { ScopedDb } from "@aizalo/db";
import type { Span } from "./lead-conversion";

export interface CampaignReturn {
  campaignId: string;
  name: string;
  status: string;
  /** The budget, until the channels report what was really spent. */
  spend: string;
  /** Value of the campaign's leads that were won, whenever they were won. */
  convertedValue: string;
}

/**
 * Campaigns that started in the range (or were created in it, when unscheduled) and are more
 * than drafts: what each cost against the sales it brought. A campaign's whole budget belongs
 * to its start, so a range never splits one.
 */
export function campaignReturns(db: ScopedDb, span: Span): Promise<CampaignReturn[]> {
  return db.$queryRaw<CampaignReturn[]>`
    SELECT c.id::text AS "campaignId", c.name, c.status::text AS status,
      coalesce(c.budget, 0)::numeric(14, 2)::text AS spend,
      coalesce((SELECT sum(l.value) FROM leads l
        WHERE l.tenant_id = c.tenant_id AND l.source_campaign_id = c.id
          AND l.deleted_at IS NULL AND l.stage = 'won'), 0)::numeric(14, 2)::text
        AS "convertedValue"
    FROM campaigns c
    WHERE c.deleted_at IS NULL AND c.status <> 'draft'
      AND coalesce(c.starts_at, c.created_at) >= ${span.start}
      AND coalesce(c.starts_at, c.created_at) < ${span.end}
    ORDER BY coalesce(c.starts_at, c.created_at) DESC, c.name
    LIMIT 50`;
}
