import { connectOwner } from "../src/setup/connect";

const TENANTS = 20;

/**
 * Twenty tenants with a dashboard's worth of rows each (1,000 customers and conversations,
 * 3,000 messages, 400 leads), generated in SQL as a named system service.
 */
export async function loadBenchmarkData(
  ownerUrl: string,
): Promise<{ tenantId: string; userId: string; rows: number }> {
  const client = await connectOwner(ownerUrl);
  try {
    await client.query(
      "SELECT set_config('app.user_type', 'system', false), set_config('app.purpose', 'benchmark', false)",
    );
    await client.query(`
      INSERT INTO tenants (business_name, subdomain, industry, phone, email, subscription_status)
      SELECT 'Bench Business ' || n, 'bench-' || n, 'restaurants', '+2547110' || lpad(n::text, 5, '0'),
             'bench' || n || '@example.co.ke', 'active'
      FROM generate_series(1, ${TENANTS}) AS n;
      INSERT INTO tenant_users (tenant_id, email, full_name, role)
      SELECT id, 'owner@' || subdomain || '.example.co.ke', 'Bench Owner', 'owner' FROM tenants;
      INSERT INTO customers (tenant_id, phone, first_name, created_at)
      SELECT t.id, '+2547' || lpad((row_number() OVER ())::text, 8, '0'), 'Customer ' || n,
             now() - (n || ' hours')::interval
      FROM tenants t CROSS JOIN generate_series(1, 1000) AS n;
      INSERT INTO conversations (tenant_id, customer_id, channel, status, last_message_at)
      SELECT tenant_id, id, 'whatsapp', (ARRAY['active','waiting','resolved','abandoned']::conversation_status[])[1 + (abs(hashtext(id::text)) % 4)],
             created_at + interval '5 minutes'
      FROM customers;
      INSERT INTO messages (tenant_id, conversation_id, direction, channel, content, created_at)
      SELECT tenant_id, id, 'inbound', 'whatsapp', 'Habari, bado mko wazi?', last_message_at - (n || ' minutes')::interval
      FROM conversations CROSS JOIN generate_series(1, 3) AS n;
      INSERT INTO leads (tenant_id, customer_id, stage, value, created_at, converted_at)
      SELECT tenant_id, id, (ARRAY['new','contacted','qualified','negotiating','won','lost']::lead_stage[])[1 + (abs(hashtext(id::text)) % 6)],
             1000 + abs(hashtext(id::text)) % 50000, created_at,
             CASE WHEN abs(hashtext(id::text)) % 6 = 4 THEN created_at + interval '2 days' END
      FROM customers WHERE abs(hashtext(id::text)) % 5 < 2;
      ANALYZE;
    `);
    const picked = await client.query<{ tenant_id: string; user_id: string }>(
      "SELECT t.id AS tenant_id, u.id AS user_id FROM tenants t JOIN tenant_users u ON u.tenant_id = t.id WHERE t.subdomain = 'bench-7'",
    );
    const counted = await client.query<{ rows: string }>(
      "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM conversations) + (SELECT count(*) FROM messages) + (SELECT count(*) FROM leads) AS rows",
    );
    const row = picked.rows[0];
    if (!row) throw new Error("benchmark tenant missing");
    return { tenantId: row.tenant_id, userId: row.user_id, rows: Number(counted.rows[0]?.rows) };
  } finally {
    await client.end();
  }
}
