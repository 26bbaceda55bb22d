import type pg from "pg";
import type { TenantSessionClaims } from "../../auth/session";

// A quiet business of its own, with a handful of rows placed around Nairobi's midnights in
// March 2031 (far from the seed's dates), so every figure has one exact expected value.

/** An instant in Nairobi time (UTC+3 all year). */
export const nairobi = (local: string) => new Date(`${local}+03:00`);

export async function createQuietBusiness(owner: pg.Client): Promise<TenantSessionClaims> {
  const subdomain = "tulivu-traders";
  const {
    rows: [tenant],
  } = await owner.query<{ id: string }>(
    `INSERT INTO tenants (business_name, subdomain, industry, phone, email, timezone, currency)
     VALUES ('Tulivu Traders', $1, 'hardware', '+254700000901', 'hello@tulivu.test',
       'Africa/Nairobi', 'KES') RETURNING id`,
    [subdomain],
  );
  const tenantId = String(tenant?.id);
  const {
    rows: [user],
  } = await owner.query<{ id: string }>(
    `INSERT INTO tenant_users (tenant_id, email, full_name, role)
     VALUES ($1, 'owner@tulivu.test', 'Wanjiru Tulivu', 'owner') RETURNING id`,
    [tenantId],
  );
  const userId = String(user?.id);
  const insert = async (sql: string, values: unknown[]) =>
    String((await owner.query<{ id: string }>(`${sql} RETURNING id`, values)).rows[0]?.id);

  const customer = (phone: string, name: string, createdAt: string) =>
    insert(
      `INSERT INTO customers (tenant_id, phone, first_name, created_at) VALUES ($1, $2, $3, $4)`,
      [tenantId, phone, name, nairobi(createdAt)],
    );
  const c1 = await customer("+254711000001", "Achieng", "2031-03-10T09:00:00");
  // 23:59 Nairobi is 20:59 UTC: still the 11th for the business.
  const c2 = await customer("+254711000002", "Baraka", "2031-03-11T23:59:30");
  const c3 = await customer("+254711000003", "Chebet", "2031-03-12T00:00:30");

  const conversation = (
    customerId: string,
    channel: string,
    status: string,
    sale: { value: string; resolvedAt: string } | null = null,
  ) =>
    insert(
      `INSERT INTO conversations (tenant_id, customer_id, channel, status, converted,
         conversion_value, resolved_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        tenantId,
        customerId,
        channel,
        status,
        sale !== null,
        sale?.value ?? null,
        sale ? nairobi(sale.resolvedAt) : null,
      ],
    );
  const message = (
    conversationId: string,
    channel: string,
    kind: "in" | "reply" | "note",
    at: string,
  ) =>
    insert(
      `INSERT INTO messages (tenant_id, conversation_id, direction, channel, content, status,
         is_internal_note, author_id, created_at) VALUES ($1, $2, $3, $4, 'Habari', $5, $6, $7, $8)`,
      [
        tenantId,
        conversationId,
        kind === "in" ? "inbound" : "outbound",
        channel,
        kind === "reply" ? "delivered" : null,
        kind === "note",
        kind === "note" ? userId : null,
        nairobi(at),
      ],
    );

  const v1 = await conversation(c1, "whatsapp", "active");
  await message(v1, "whatsapp", "in", "2031-03-11T23:59:00");
  await message(v1, "whatsapp", "note", "2031-03-12T00:01:00"); // not a reply
  await message(v1, "whatsapp", "reply", "2031-03-12T00:04:00"); // 300 s
  const v2 = await conversation(c2, "sms", "waiting");
  await message(v2, "sms", "in", "2031-03-12T08:00:00");
  await message(v2, "sms", "reply", "2031-03-12T08:20:00"); // 1,200 s
  await message(v2, "sms", "in", "2031-03-12T09:00:00");
  const v3 = await conversation(c3, "whatsapp", "resolved", {
    value: "1500.50",
    resolvedAt: "2031-03-05T12:00:00",
  });
  await message(v3, "whatsapp", "in", "2031-03-05T10:00:00");
  await message(v3, "whatsapp", "reply", "2031-03-05T10:01:00"); // 60 s
  const v4 = await conversation(c1, "web", "abandoned");
  await message(v4, "web", "in", "2031-03-12T09:30:00"); // never answered
  // Resolved 01:00 on 1 March Nairobi (still February in UTC): March's sale.
  await conversation(c2, "whatsapp", "resolved", {
    value: "999.50",
    resolvedAt: "2031-03-01T01:00:00",
  });
  // Resolved 23:30 on 28 February Nairobi: February's.
  await conversation(c3, "whatsapp", "resolved", {
    value: "700.00",
    resolvedAt: "2031-02-28T23:30:00",
  });

  const campaign = (
    name: string,
    status: string,
    budget: string | null,
    startsAt: string | null,
    endsAt: string | null,
  ) =>
    insert(
      `INSERT INTO campaigns (tenant_id, name, type, status, budget, starts_at, ends_at,
         created_at, updated_at) VALUES ($1, $2, 'acquisition', $3, $4, $5, $6, $7, $7)`,
      [
        tenantId,
        name,
        status,
        budget,
        startsAt ? nairobi(startsAt) : null,
        endsAt ? nairobi(endsAt) : null,
        nairobi("2031-03-09T12:00:00"),
      ],
    );
  const march = await campaign(
    "March cement offer",
    "active",
    "20000.00",
    "2031-03-01T00:00:00",
    "2031-03-31T23:00:00",
  );
  await campaign("Draft idea", "draft", "5000.00", "2031-03-05T00:00:00", null);
  await campaign(
    "February roofing",
    "completed",
    "8000.00",
    "2031-02-01T00:00:00",
    "2031-02-15T00:00:00",
  );
  await campaign("Tools week", "scheduled", null, "2031-03-10T08:00:00", null);

  const lead = (fields: {
    name: string;
    stage: string;
    createdAt: string;
    updatedAt?: string;
    convertedAt?: string;
    value?: string;
    campaignId?: string;
  }) =>
    insert(
      `INSERT INTO leads (tenant_id, contact_name, stage, value, converted_at, lost_reason,
         source_campaign_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        tenantId,
        fields.name,
        fields.stage,
        fields.value ?? null,
        fields.convertedAt ? nairobi(fields.convertedAt) : null,
        fields.stage === "lost" ? "Price" : null,
        fields.campaignId ?? null,
        nairobi(fields.createdAt),
        nairobi(fields.updatedAt ?? fields.createdAt),
      ],
    );
  // This week starts on Monday 10 March 2031, 00:00 Nairobi.
  await lead({
    name: "Monday lead",
    stage: "new",
    createdAt: "2031-03-10T00:00:30",
    campaignId: march,
  });
  await lead({ name: "Sunday lead", stage: "contacted", createdAt: "2031-03-09T23:59:00" });
  await lead({ name: "Today's lead", stage: "new", createdAt: "2031-03-12T09:10:00" });
  await lead({
    name: "Won in March",
    stage: "won",
    value: "10000.00",
    createdAt: "2031-02-20T10:00:00",
    convertedAt: "2031-03-03T15:00:00",
    campaignId: march,
  });
  await lead({
    name: "Won in January",
    stage: "won",
    value: "5000.00",
    createdAt: "2031-01-05T10:00:00",
    convertedAt: "2031-01-15T15:00:00",
  });
  await lead({
    name: "Lost early March",
    stage: "lost",
    createdAt: "2031-03-01T00:30:00",
    campaignId: march,
  });
  await lead({
    name: "Lost on the 2nd",
    stage: "lost",
    createdAt: "2031-02-25T10:00:00",
    updatedAt: "2031-03-02T11:00:00",
  });

  return { userType: "tenant", userId, role: "owner", tenantId, subdomain, sessionVersion: 1 };
}
