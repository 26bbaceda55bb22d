import type { ApiWorld } from "../../testing/api-world";

// Campaigns and customers arranged as the owner role (bypassing RLS), for the campaign tests.

const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR);

/** A campaign already in `status`, with dates that fit it and a message on WhatsApp. */
export async function campaignIn(world: ApiWorld, tenantId: string, status: string) {
  const [startsAt, endsAt] =
    status === "draft" || status === "scheduled"
      ? [hoursFromNow(24), hoursFromNow(24 * 8)]
      : status === "completed"
        ? [hoursFromNow(-24 * 8), hoursFromNow(-24)]
        : [hoursFromNow(-24), hoursFromNow(24 * 7)];
  const { rows } = await world.owner.query<{ id: string }>(
    `INSERT INTO campaigns (tenant_id, name, type, channels, content, status, budget, starts_at, ends_at)
     VALUES ($1, $2, 'retention', '{whatsapp}', $3, $4, 15000, $5, $6) RETURNING id`,
    [
      tenantId,
      `Loyalty week (${status})`,
      JSON.stringify({ whatsapp: "Habari {{first_name}}, karibu tena!" }),
      status,
      startsAt,
      endsAt,
    ],
  );
  return rows[0]!.id;
}

export async function storedCampaign(world: ApiWorld, id: string) {
  const { rows } = await world.owner.query(
    `SELECT name, status, channels::text[], content, target_audience, budget::text, starts_at,
            ends_at, deleted_at FROM campaigns WHERE id = $1`,
    [id],
  );
  return rows[0];
}

export interface AudienceCustomer {
  tag: string;
  location?: string;
  lifetimeValue?: number;
  /** Consent rows in order: [channel, granted]. The last per channel holds. */
  consents?: readonly (readonly [string, boolean])[];
  email?: string;
}

let nextPhone = 0;
export async function customerFor(world: ApiWorld, tenantId: string, customer: AudienceCustomer) {
  nextPhone += 1;
  const { rows } = await world.owner.query<{ id: string }>(
    `INSERT INTO customers (tenant_id, phone, first_name, location, tags, lifetime_value, email)
     VALUES ($1, $2, 'Akinyi', $3, $4, $5, $6) RETURNING id`,
    [
      tenantId,
      `+2541159${String(10_000 + nextPhone).padStart(5, "0")}`,
      customer.location ?? null,
      [customer.tag],
      customer.lifetimeValue ?? 0,
      customer.email ?? null,
    ],
  );
  const id = rows[0]!.id;
  let minute = 0;
  for (const [channel, granted] of customer.consents ?? []) {
    minute += 1;
    await world.owner.query(
      `INSERT INTO customer_consents (tenant_id, customer_id, channel, granted, source, recorded_at)
       VALUES ($1, $2, $3, $4, 'in_person', now() - interval '1 day' + make_interval(mins => $5))`,
      [tenantId, id, channel, granted, minute],
    );
  }
  return id;
}
