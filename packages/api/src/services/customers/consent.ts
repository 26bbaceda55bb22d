import { Prisma, type ScopedDb } from "@aizalo/db";
import { z } from "zod";
import { NotFoundError } from "../../errors";
import { CONSENT_CHANNELS, type ConsentChannel } from "./customer-fields";
import { customerWhere, type CustomerFilter } from "./customer-filters";

/** How the business learned of a consent or an opt-out. */
export const CONSENT_SOURCES = [
  "in_person",
  "website_form",
  "whatsapp_message",
  "sms_reply",
  "email_link",
  "csv_import",
  "customer_request",
  "other",
] as const;

export const recordConsentInput = z.object({
  customerId: z.uuid(),
  channel: z.enum(CONSENT_CHANNELS),
  granted: z.boolean(),
  source: z.enum(CONSENT_SOURCES),
  /** The customer said so themself (an opt-out by reply or request), not the team's choice. */
  byCustomer: z.boolean().default(false),
});
export type RecordConsentInput = z.infer<typeof recordConsentInput>;

export interface ConsentState {
  channel: ConsentChannel;
  granted: boolean;
  source: string;
  byCustomer: boolean;
  recordedAt: Date;
}

/** The consent that holds now on each channel (null: never asked, so no marketing). */
export async function currentConsents(
  db: ScopedDb,
  customerId: string,
): Promise<Record<ConsentChannel, ConsentState | null>> {
  const rows = await db.customerConsent.findMany({
    where: { customerId },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    select: { channel: true, granted: true, source: true, byCustomer: true, recordedAt: true },
  });
  const current: Record<ConsentChannel, ConsentState | null> = {
    whatsapp: null,
    sms: null,
    email: null,
  };
  for (const row of rows) {
    const channel = row.channel as ConsentChannel;
    if (CONSENT_CHANNELS.includes(channel) && !current[channel])
      current[channel] = { ...row, channel };
  }
  return current;
}

/** Appends a grant or a withdrawal: the history stays, the newest row is what holds. */
export async function recordConsent(
  db: ScopedDb,
  input: RecordConsentInput,
  recordedBy: string | null,
) {
  const customer = await db.customer.findFirst({
    where: { id: input.customerId },
    select: { id: true },
  });
  if (!customer) throw new NotFoundError("Customer");
  const row = await db.customerConsent.create({
    data: {
      customerId: input.customerId,
      channel: input.channel,
      granted: input.granted,
      source: input.source,
      byCustomer: input.byCustomer,
      recordedBy,
    },
    select: { id: true, recordedAt: true },
  });
  return row;
}

/**
 * The customers a campaign may reach on `channel`: the latest consent on that channel is a
 * grant, they are not erased or deleted, and they have an address there (an email for email).
 * Campaigns select their audience through this and nothing else, so a withdrawal or an
 * opt-out takes effect on the next send. `filter` narrows it to an audience.
 */
export async function consentingCustomerIds(
  db: ScopedDb,
  tenantId: string,
  channel: ConsentChannel,
  filter: CustomerFilter = {},
): Promise<string[]> {
  const granted = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT c.id FROM customers c
    WHERE c.tenant_id = ${tenantId}::uuid AND c.deleted_at IS NULL AND c.erased_at IS NULL
      AND (SELECT cc.granted FROM customer_consents cc
           WHERE cc.tenant_id = c.tenant_id AND cc.customer_id = c.id
             AND cc.channel = ${channel}::channel
           ORDER BY cc.recorded_at DESC, cc.id DESC LIMIT 1) IS TRUE
      ${channel === "email" ? Prisma.sql`AND c.email IS NOT NULL` : Prisma.empty}`);
  const ids = granted.map((row) => row.id);
  if (ids.length === 0 || Object.keys(filter).length === 0) return ids;
  const narrowed = await db.customer.findMany({
    where: { AND: [customerWhere(filter), { id: { in: ids } }] },
    select: { id: true },
  });
  return narrowed.map((row) => row.id);
}
