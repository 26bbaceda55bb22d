import pg from "pg";

// Invented Kenyan names for the benchmark's customers; combinations repeat, like a real list.
const FIRST_NAMES = [
  "Wanjiku",
  "Achieng",
  "Njeri",
  "Akinyi",
  "Wambui",
  "Atieno",
  "Nyambura",
  "Chebet",
  "Jepkosgei",
  "Mwende",
  "Kamau",
  "Otieno",
  "Kiprono",
  "Mutua",
  "Omondi",
  "Kipchoge",
  "Wafula",
  "Barasa",
  "Mwangi",
  "Onyango",
  "Halima",
  "Zawadi",
  "Baraka",
  "Amani",
  "Imani",
  "Faraji",
  "Neema",
  "Salim",
  "Fatuma",
  "Juma",
  "Rehema",
  "Makena",
  "Kendi",
  "Nekesa",
  "Auma",
  "Moraa",
];
const LAST_NAMES = [
  "Kariuki",
  "Odhiambo",
  "Njoroge",
  "Ochieng",
  "Kiptoo",
  "Wekesa",
  "Mutiso",
  "Kimani",
  "Owino",
  "Chege",
  "Korir",
  "Musyoka",
  "Wairimu",
  "Gitau",
  "Nyaga",
  "Ruto",
  "Koech",
  "Omolo",
  "Simiyu",
  "Abdalla",
  "Hassan",
  "Mohamed",
  "Wanyama",
  "Kiplagat",
  "Ngugi",
  "Macharia",
  "Otiende",
];
const TOWNS = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Nyeri", "Machakos"];

export interface GrownBusiness {
  tenantId: string;
  ownerId: string;
  ownerSessionVersion: number;
  conversationId: string;
  customerCount: number;
  messageCount: number;
}

/**
 * Grows one seeded business to `customers` customers and adds one conversation of `messages`
 * messages, as the owner role (like the seed), then refreshes the planner's statistics.
 */
export async function growBusiness(
  ownerUrl: string,
  subdomain: string,
  size: { customers: number; messages: number },
): Promise<GrownBusiness> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows: tenants } = await client.query<{ id: string }>(
      "SELECT id FROM tenants WHERE subdomain = $1",
      [subdomain],
    );
    const tenantId = tenants[0]?.id;
    if (!tenantId) throw new Error(`No business ${subdomain} in the seed`);
    const { rows: owners } = await client.query<{ id: string; session_version: number }>(
      "SELECT id, session_version FROM tenant_users WHERE tenant_id = $1 AND role = 'owner' LIMIT 1",
      [tenantId],
    );
    const owner = owners[0];
    if (!owner) throw new Error(`${subdomain} has no owner`);
    const { rows: existing } = await client.query<{ count: string }>(
      "SELECT count(*) FROM customers WHERE tenant_id = $1",
      [tenantId],
    );
    const missing = Math.max(0, size.customers - Number(existing[0]?.count ?? 0));

    // Phones +25473xxxxxxx: a range the demo seed does not use.
    await client.query(
      `INSERT INTO customers (tenant_id, phone, first_name, last_name, email, language_preference,
         location, tags, acquisition_channel, created_at, last_active_at)
       SELECT $1, '+25473' || lpad(g::text, 7, '0'),
         ($2::text[])[1 + (g * 7) % array_length($2::text[], 1)],
         ($3::text[])[1 + (g * 13) % array_length($3::text[], 1)],
         CASE WHEN g % 3 = 0 THEN lower(($2::text[])[1 + (g * 7) % array_length($2::text[], 1)])
           || '.' || g || '@example.com' END,
         (ARRAY['en', 'sw', 'sheng'])[1 + g % 3]::language,
         ($4::text[])[1 + g % array_length($4::text[], 1)],
         CASE WHEN g % 5 = 0 THEN ARRAY['vip'] WHEN g % 7 = 0 THEN ARRAY['tenant', 'mombasa-road']
           ELSE '{}' END,
         (ARRAY['whatsapp', 'walk-in', 'referral', 'facebook', 'website'])[1 + g % 5],
         now() - (g % 720) * interval '1 day' - (g % 1440) * interval '1 minute',
         CASE WHEN g % 4 = 0 THEN NULL ELSE now() - (g % 90) * interval '1 day' END
       FROM generate_series(1, $5::int) AS g
       ON CONFLICT DO NOTHING`,
      [tenantId, FIRST_NAMES, LAST_NAMES, TOWNS, missing],
    );

    const { rows: chats } = await client.query<{ id: string }>(
      `INSERT INTO conversations (tenant_id, customer_id, channel, status, assigned_to, created_at)
       SELECT $1, id, 'whatsapp', 'active', $2, now() - interval '30 days'
       FROM customers WHERE tenant_id = $1 AND phone = '+254730000001'
       RETURNING id`,
      [tenantId, owner.id],
    );
    const conversationId = chats[0]?.id;
    if (!conversationId) throw new Error("Could not start the benchmark conversation");
    // Alternating customer and business, 40 minutes apart, the business's replies read.
    await client.query(
      `INSERT INTO messages (tenant_id, conversation_id, direction, channel, content, status,
         author_id, created_at, updated_at)
       SELECT $1, $2, CASE WHEN g % 2 = 1 THEN 'inbound' ELSE 'outbound' END::message_direction,
         'whatsapp',
         CASE WHEN g % 2 = 1 THEN 'Habari, is the two-bedroom in Kilimani still available? (' || g || ')'
           ELSE 'Yes, it is. Viewings run from 9am to 5pm; which day suits you? (' || g || ')' END,
         CASE WHEN g % 2 = 1 THEN NULL ELSE 'read' END::message_status,
         CASE WHEN g % 2 = 1 THEN NULL ELSE $3::uuid END,
         now() - interval '30 days' + g * interval '40 minutes',
         now() - interval '30 days' + g * interval '40 minutes'
       FROM generate_series(1, $4::int) AS g`,
      [tenantId, conversationId, owner.id, size.messages],
    );
    await client.query(
      `UPDATE conversations SET last_message_at =
         (SELECT max(created_at) FROM messages WHERE conversation_id = $1)
       WHERE id = $1`,
      [conversationId],
    );
    await client.query("ANALYZE");
    const counts = await client.query<{ customers: string; messages: string }>(
      `SELECT (SELECT count(*) FROM customers WHERE tenant_id = $1) AS customers,
         (SELECT count(*) FROM messages WHERE conversation_id = $2) AS messages`,
      [tenantId, conversationId],
    );
    return {
      tenantId,
      ownerId: owner.id,
      ownerSessionVersion: owner.session_version,
      conversationId,
      customerCount: Number(counts.rows[0]?.customers),
      messageCount: Number(counts.rows[0]?.messages),
    };
  } finally {
    await client.end();
  }
}
