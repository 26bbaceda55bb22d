import { randomBytes } from "node:crypto";
import { verify } from "@node-rs/argon2";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withDatabaseName } from "../config";
import { connectOwner } from "../setup/connect";
import { createTestDatabase, testServers, type TestDatabase } from "../testing";
import { DEMO_PASSWORD, DEMO_SIGN_INS, isSeeded, seedDemoData } from ".";

// Every test database is a clone of a template the global setup has already seeded, so these
// tests read the demo data exactly as `pnpm dev` and the other test files get it.

type TableSnapshot = Record<string, { rows: number; checksum: string }>;

async function snapshot(client: pg.Client): Promise<TableSnapshot> {
  // The migration runner's bookkeeping is not demo data.
  const tables = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'pgmigrations' ORDER BY 1",
  );
  const result: TableSnapshot = {};
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ rows: number; checksum: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS checksum FROM public.${pg.escapeIdentifier(name)} t`,
    );
    const [row] = rows;
    if (row) result[name] = row;
  }
  return result;
}

const rowCounts = (tables: TableSnapshot) =>
  Object.fromEntries(Object.entries(tables).map(([name, table]) => [name, table.rows]));

describe.each(testServers().map((server) => [server.name, server.majorVersion]))(
  "demo seed on %s (PostgreSQL %i)",
  (serverName) => {
    let db: TestDatabase;
    let owner: pg.Client;
    const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
      (await owner.query<T>(sql, params)).rows;

    beforeAll(async () => {
      db = await createTestDatabase(String(serverName));
      owner = await connectOwner(db.ownerUrl);
    });
    afterAll(async () => {
      await owner?.end();
      await db?.drop();
    });

    it("a second run inserts nothing and changes no row", async () => {
      const before = await snapshot(owner);
      expect(await isSeeded(db.ownerUrl)).toBe(true);
      await seedDemoData(db.ownerUrl);
      expect(await snapshot(owner)).toEqual(before);
      // Not vacuous: the tables hold a realistic amount of data.
      expect(before.tenants?.rows).toBe(9);
      expect(before.customers?.rows).toBeGreaterThanOrEqual(9 * 25);
      expect(before.messages?.rows).toBeGreaterThan(400);
      expect(before.platform_revenue?.rows).toBeGreaterThan(60);
    });

    it("has exactly one business per industry, each with an owner, an admin, a staff member and a viewer", async () => {
      const industries = await query<{ industry: string; tenants: number; roles: string[] }>(`
      SELECT i::text AS industry,
             count(DISTINCT t.id)::int AS tenants,
             coalesce(array_agg(u.role::text ORDER BY u.role) FILTER (WHERE u.id IS NOT NULL), '{}') AS roles
      FROM unnest(enum_range(NULL::industry)) i
      LEFT JOIN tenants t ON t.industry = i
      LEFT JOIN tenant_users u ON u.tenant_id = t.id
      GROUP BY i ORDER BY i`);
      expect(industries).toHaveLength(9);
      for (const industry of industries) {
        expect(industry, industry.industry).toMatchObject({
          tenants: 1,
          roles: ["owner", "admin", "staff", "viewer"],
        });
      }
    });

    it("tells each business's subscription as a history that ends in its current plan, fee and status", async () => {
      const statuses = await query<{ status: string; tenants: number }>(
        "SELECT subscription_status::text AS status, count(*)::int AS tenants FROM tenants GROUP BY 1",
      );
      expect(statuses.map((row) => row.status).sort()).toEqual([
        "active",
        "canceled",
        "past_due",
        "suspended",
        "trial",
      ]);
      expect(statuses.find((row) => row.status === "active")?.tenants).toBeGreaterThan(4);

      const disagreeing = await query(`
      SELECT t.subdomain FROM tenants t
      WHERE t.subscription_status IS DISTINCT FROM (SELECT to_status FROM subscription_changes c WHERE c.tenant_id = t.id AND to_status IS NOT NULL ORDER BY effective_at DESC LIMIT 1)
         OR t.subscription_plan IS DISTINCT FROM (SELECT to_plan FROM subscription_changes c WHERE c.tenant_id = t.id AND to_plan IS NOT NULL ORDER BY effective_at DESC LIMIT 1)
         OR t.monthly_fee IS DISTINCT FROM (SELECT to_fee FROM subscription_changes c WHERE c.tenant_id = t.id AND to_fee IS NOT NULL ORDER BY effective_at DESC LIMIT 1)`);
      expect(disagreeing).toEqual([]);

      // Every monthly payment is the fee in force when it was paid, so MRR history adds up.
      const offFee = await query(`
      SELECT r.id FROM platform_revenue r
      WHERE r.type = 'subscription' AND r.refund_of_id IS NULL
        AND r.amount IS DISTINCT FROM (SELECT to_fee FROM subscription_changes c WHERE c.tenant_id = r.tenant_id AND to_fee IS NOT NULL AND c.effective_at <= r.paid_at ORDER BY effective_at DESC LIMIT 1)`);
      expect(offFee).toEqual([]);
    });

    it("has twelve months of revenue, mostly by M-Pesa", async () => {
      const [months] = await query<{ months: number; oldest_ok: boolean }>(`
      SELECT count(DISTINCT date_trunc('month', paid_at AT TIME ZONE 'Africa/Nairobi'))::int AS months,
             min(paid_at AT TIME ZONE 'Africa/Nairobi') >= date_trunc('month', now() AT TIME ZONE 'Africa/Nairobi') - interval '11 months' AS oldest_ok
      FROM platform_revenue`);
      expect(months).toEqual({ months: 12, oldest_ok: true });
      const methods = await query<{ method: string; payments: number }>(
        "SELECT payment_method::text AS method, count(*)::int AS payments FROM platform_revenue GROUP BY 1 ORDER BY 2 DESC",
      );
      expect(methods[0]?.method).toBe("mpesa");
      const badReceipts = await query(
        "SELECT payment_reference FROM platform_revenue WHERE payment_method = 'mpesa' AND payment_reference !~ '^[A-Z][A-L][A-Z0-9]{8}$'",
      );
      expect(badReceipts).toEqual([]);
    });

    it("gives every payment a commission of payment × the rep's rate in force, to the cent", async () => {
      const wrong = await query(`
      SELECT c.id, r.amount, c.rate, c.amount AS commission, in_force.rate AS rate_in_force
      FROM commissions c
      JOIN platform_revenue r ON r.id = c.revenue_id
      LEFT JOIN platform_revenue original ON original.id = r.refund_of_id
      LEFT JOIN LATERAL (
        SELECT CASE WHEN r.type = 'setup' THEN s.setup_rate ELSE s.recurring_rate END AS rate
        FROM sales_commission_rates s
        WHERE s.sales_rep_id = r.sales_rep_id AND s.effective_from <= coalesce(original.paid_at, r.paid_at)
        ORDER BY s.effective_from DESC LIMIT 1
      ) in_force ON true
      WHERE c.amount <> round(r.amount * c.rate / 100, 2)
         OR c.rate IS DISTINCT FROM in_force.rate
         OR c.sales_rep_id <> r.sales_rep_id
         OR (c.kind = 'refund') <> (r.amount < 0)`);
      expect(wrong).toEqual([]);
      const [coverage] = await query<{
        revenue: number;
        commissions: number;
        rates: number;
        statuses: string[];
      }>(`
      SELECT (SELECT count(*)::int FROM platform_revenue WHERE sales_rep_id IS NOT NULL) AS revenue,
             (SELECT count(*)::int FROM commissions) AS commissions,
             (SELECT count(DISTINCT rate)::int FROM commissions) AS rates,
             (SELECT array_agg(DISTINCT status::text ORDER BY status::text) FROM commissions) AS statuses`);
      expect(coverage).toMatchObject({
        commissions: coverage?.revenue,
        statuses: ["approved", "paid", "pending"],
      });
      expect(coverage?.rates).toBeGreaterThanOrEqual(4);
    });

    it("has leads in every stage and sales leads in every status, with what each stage requires", async () => {
      const missingStages = await query(
        "SELECT s FROM unnest(enum_range(NULL::lead_stage)) s WHERE NOT EXISTS (SELECT 1 FROM leads WHERE stage = s)",
      );
      const missingStatuses = await query(
        "SELECT s FROM unnest(enum_range(NULL::sales_lead_status)) s WHERE NOT EXISTS (SELECT 1 FROM sales_leads WHERE status = s)",
      );
      expect(missingStages).toEqual([]);
      expect(missingStatuses).toEqual([]);
      const incomplete = await query(`
      SELECT id FROM leads WHERE (stage = 'won') <> (converted_at IS NOT NULL) OR (stage = 'lost') <> (lost_reason IS NOT NULL)
      UNION ALL
      SELECT id FROM sales_leads WHERE (status = 'won') <> (tenant_id IS NOT NULL) OR (status = 'lost') <> (lost_reason IS NOT NULL)`);
      expect(incomplete).toEqual([]);
      const [pool] = await query<{ unassigned: number }>(
        "SELECT count(*)::int AS unassigned FROM sales_leads WHERE assigned_to IS NULL AND territory_id IS NOT NULL",
      );
      expect(pool?.unassigned).toBeGreaterThan(0);
      const [onboarded] = await query<{ missing: number }>(
        "SELECT count(*)::int AS missing FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM onboarding_sessions o WHERE o.tenant_id = t.id AND o.status = 'completed')",
      );
      expect(onboarded?.missing).toBe(0);
    });

    it("stores every phone number as a Kenyan mobile in E.164", async () => {
      const columns = await query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'phone' ORDER BY 1",
      );
      expect(columns.map((column) => column.table_name)).toEqual(
        expect.arrayContaining([
          "booking_requests",
          "customers",
          "leads",
          "platform_users",
          "sales_leads",
          "tenant_users",
          "tenants",
        ]),
      );
      for (const { table_name: table } of columns) {
        const [phones] = await query<{ total: number; bad: string[] }>(
          `SELECT count(phone)::int AS total, coalesce(array_agg(phone) FILTER (WHERE phone !~ '^\\+2547[0-9]{8}$'), '{}') AS bad FROM public.${pg.escapeIdentifier(table)}`,
        );
        expect(phones?.bad, table).toEqual([]);
        expect(phones?.total, table).toBeGreaterThan(0);
      }
    });

    it("has customers in English, Swahili and Sheng, talking on several channels, with inbox fields that match their messages", async () => {
      const languages = await query<{ language: string }>(
        "SELECT DISTINCT language_preference::text AS language FROM customers ORDER BY 1",
      );
      expect(languages.map((row) => row.language)).toEqual(["en", "sheng", "sw"]);
      const [channels] = await query<{ channels: number }>(
        "SELECT count(DISTINCT channel)::int AS channels FROM conversations",
      );
      expect(channels?.channels).toBeGreaterThanOrEqual(5);
      const inconsistent = await query(`
      SELECT c.id FROM conversations c
      CROSS JOIN LATERAL (
        SELECT max(m.created_at) FILTER (WHERE NOT m.is_internal_note) AS last_at,
               max(m.created_at) FILTER (WHERE m.direction = 'outbound' AND NOT m.is_internal_note) AS last_reply_at
        FROM messages m WHERE m.conversation_id = c.id
      ) seen
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS unanswered FROM messages m
        WHERE m.conversation_id = c.id AND m.direction = 'inbound' AND m.created_at > coalesce(seen.last_reply_at, '-infinity')
      ) waiting
      WHERE c.last_message_at IS DISTINCT FROM seen.last_at
         OR c.unread_count <> CASE WHEN c.status = 'active' THEN waiting.unanswered ELSE 0 END`);
      expect(inconsistent).toEqual([]);
      const [notes] = await query<{ notes: number; unread: number }>(`
      SELECT (SELECT count(*)::int FROM messages WHERE is_internal_note) AS notes,
             (SELECT count(*)::int FROM conversations WHERE unread_count > 0) AS unread`);
      expect(notes?.notes).toBeGreaterThan(0);
      expect(notes?.unread).toBeGreaterThan(0);
    });

    it("has a template for every industry, and builds each website from a template of its own industry", async () => {
      const uncovered = await query(
        "SELECT i FROM unnest(enum_range(NULL::industry)) i WHERE NOT EXISTS (SELECT 1 FROM website_templates WHERE industry = i)",
      );
      expect(uncovered).toEqual([]);
      const [templates] = await query<{ templates: number; without_required: number }>(`
      SELECT count(*)::int AS templates,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM website_sections s WHERE s.template_id = t.id AND s.section_type = 'hero')
                                OR NOT EXISTS (SELECT 1 FROM website_sections s WHERE s.template_id = t.id AND s.section_type = 'contact'))::int AS without_required
      FROM website_templates t`);
      expect(templates).toEqual({ templates: 10, without_required: 0 });
      const mismatched = await query(`
      SELECT w.id FROM tenant_websites w JOIN tenants t ON t.id = w.tenant_id JOIN website_templates tt ON tt.id = w.template_id
      WHERE tt.industry <> t.industry`);
      expect(mismatched).toEqual([]);
      const unfilled = await query(
        "SELECT slug FROM website_pages WHERE content ~ '\\{[a-z_]+\\}'",
      );
      expect(unfilled).toEqual([]);
      const [published] = await query<{ published: number }>(
        "SELECT count(*)::int AS published FROM tenant_websites WHERE is_published",
      );
      expect(published?.published).toBeGreaterThan(4);
    });

    it("lets every printed demo sign-in in with the demo password (argon2id, OWASP parameters)", async () => {
      expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
      const hashes = new Set<string>();
      for (const signIn of DEMO_SIGN_INS) {
        const subdomain = /\/([a-z0-9-]+)\/login$/.exec(signIn.url)?.[1];
        const [user] = subdomain
          ? await query<{ password_hash: string }>(
              "SELECT u.password_hash FROM tenant_users u JOIN tenants t ON t.id = u.tenant_id WHERE t.subdomain = $1 AND u.email = $2",
              [subdomain, signIn.email],
            )
          : await query<{ password_hash: string }>(
              "SELECT password_hash FROM platform_users WHERE email = $1",
              [signIn.email],
            );
        expect(user, signIn.email).toBeDefined();
        hashes.add(user?.password_hash ?? "");
      }
      // One hash per seed run, shared by every demo user.
      expect(hashes.size).toBe(1);
      const [hash] = [...hashes];
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verify(hash ?? "", DEMO_PASSWORD)).toBe(true);
      expect(await verify(hash ?? "", "not-the-password")).toBe(false);
    });
  },
);

describe("demo seed as an owner that is not a superuser", () => {
  let db: TestDatabase;
  let roleUrl: string;
  let admin: pg.Client;
  const role = `aizalo_seed_owner_${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await connectOwner(db.server.serverUrl);
    const password = randomBytes(12).toString("hex");
    await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD '${password}'`);
    const url = new URL(db.ownerUrl);
    url.username = role;
    url.password = password;
    roleUrl = url.toString();
  });
  afterAll(async () => {
    await db?.drop();
    await admin?.query(`DROP ROLE IF EXISTS ${role}`);
    await admin?.end();
  });

  it("seeds an emptied database under FORCE ROW LEVEL SECURITY, as the seed service", async () => {
    const clone = await connectOwner(withDatabaseName(db.server.serverUrl, db.name));
    let expected: Record<string, number>;
    try {
      expected = rowCounts(await snapshot(clone));
      // Hand every table to the non-superuser role and empty it: FORCE applies to its owner.
      const { rows } = await clone.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'pgmigrations'",
      );
      const tables = rows.map((row) => `public.${pg.escapeIdentifier(row.name)}`);
      await clone.query(`TRUNCATE ${tables.join(", ")} CASCADE`);
      for (const table of tables) await clone.query(`ALTER TABLE ${table} OWNER TO ${role}`);
      await clone.query(
        `GRANT USAGE ON SCHEMA app TO ${role}; GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA app TO ${role}`,
      );
      const forced = await clone.query(
        "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relforcerowsecurity",
      );
      expect(forced.rows[0]?.n).toBeGreaterThan(20);
    } finally {
      await clone.end();
    }

    const lines: string[] = [];
    await seedDemoData(roleUrl, { log: (line) => lines.push(line) });
    expect(lines.join("\n")).toMatch(/demo data: (\d+) of \1 rows inserted in [\d.]+s/);
    console.log(
      `seed of an empty database on ${db.server.name} (PostgreSQL ${db.server.majorVersion}): ${lines.join(" ")}`,
    );
    expect(await isSeeded(roleUrl)).toBe(true);

    const asRole = new pg.Client({ connectionString: roleUrl });
    await asRole.connect();
    try {
      // Without the seed's settings the owner itself sees nothing: the test is not vacuous.
      expect((await asRole.query("SELECT count(*)::int AS n FROM tenants")).rows[0]?.n).toBe(0);
      await asRole.query("BEGIN");
      await asRole.query(
        "SELECT set_config('app.user_type', 'system', true), set_config('app.purpose', 'seed', true)",
      );
      expect(rowCounts(await snapshot(asRole))).toEqual(expected);
      await asRole.query("COMMIT");
    } finally {
      await asRole.end();
    }
  });
});
