import type { ScopedDb } from "@aizalo/db";

export const ACTIVITY_KINDS = [
  "customer_added",
  "message_received",
  "lead_added",
  "lead_moved",
  "lead_won",
  "campaign_scheduled",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  kind: ActivityKind;
  at: Date;
  /** The customer, the conversation (for a message), the lead or the campaign. */
  entityId: string;
  /** The customer's or lead's name, or the campaign's; null once a customer is erased. */
  name: string | null;
  /** The channel (customer, message), the lead's stage, or null. */
  detail: string | null;
  /** When a scheduled campaign starts. */
  due: Date | null;
}

/**
 * The latest things that happened in the business, newest first: customers added, messages
 * received, leads added, moved along or won, campaigns scheduled. Each source gives its own
 * newest rows first, so the query reads a few rows per table, not whole tables. Leads keep no
 * history: a lead moved past "new" and changed later than it was created shows as moved to
 * the stage it is in now.
 */
export function recentActivity(db: ScopedDb, limit = 12): Promise<Activity[]> {
  return db.$queryRaw<Activity[]>`
    SELECT * FROM (
      (SELECT 'customer_added' AS kind, c.created_at AS at, c.id::text AS "entityId",
          nullif(concat_ws(' ', c.first_name, c.last_name), '') AS name,
          c.acquisition_channel AS detail, NULL::timestamptz AS due
        FROM customers c WHERE c.deleted_at IS NULL
        ORDER BY c.created_at DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'message_received', m.created_at, m.conversation_id::text,
          nullif(concat_ws(' ', cu.first_name, cu.last_name), ''), m.channel::text, NULL
        FROM messages m
        JOIN conversations cv ON cv.tenant_id = m.tenant_id AND cv.id = m.conversation_id
        JOIN customers cu ON cu.tenant_id = cv.tenant_id AND cu.id = cv.customer_id
        WHERE m.direction = 'inbound' AND NOT m.is_internal_note AND cv.deleted_at IS NULL
        ORDER BY m.created_at DESC LIMIT ${limit})
      UNION ALL
      (SELECT kind, at, id::text, contact_name, stage::text, NULL FROM (
          SELECT l.id, l.contact_name, l.stage,
            CASE WHEN l.stage = 'won' THEN 'lead_won'
              WHEN l.stage <> 'new' AND l.updated_at > l.created_at + interval '1 minute'
                THEN 'lead_moved'
              ELSE 'lead_added' END AS kind,
            CASE WHEN l.stage = 'won' THEN coalesce(l.converted_at, l.updated_at)
              WHEN l.stage <> 'new' AND l.updated_at > l.created_at + interval '1 minute'
                THEN l.updated_at
              ELSE l.created_at END AS at
          FROM leads l WHERE l.deleted_at IS NULL) lead_events
        ORDER BY at DESC LIMIT ${limit})
      UNION ALL
      (SELECT 'campaign_scheduled', c.updated_at, c.id::text, c.name, NULL, c.starts_at
        FROM campaigns c WHERE c.deleted_at IS NULL AND c.status = 'scheduled'
        ORDER BY c.updated_at DESC LIMIT ${limit})
    ) activity
    ORDER BY at DESC
    LIMIT ${limit}`;
}
