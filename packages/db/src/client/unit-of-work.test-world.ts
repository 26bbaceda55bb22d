import pg from "pg";
import type { TestDatabase } from "../testing";

// Fixtures shared by the unit-of-work tests (unit-of-work*.test.ts).

/**
 * The owner's connection, arranging fixtures as a named system service, as the seed does (the
 * guards apply to owners too). For asserting what is really stored as well.
 */
export async function fixtureOwner(testDb: TestDatabase): Promise<pg.Client> {
  const owner = new pg.Client({ connectionString: testDb.ownerUrl });
  await owner.connect();
  await owner.query(
    "SELECT set_config('app.user_type', 'system', false), set_config('app.purpose', 'test-fixtures', false)",
  );
  return owner;
}

/** An active business under `subdomain`, with its owner's account `ownerId`. */
export async function addBusiness(
  owner: pg.Client,
  business: { id: string; ownerId: string; subdomain: string },
): Promise<void> {
  await owner.query(
    `INSERT INTO tenants (id, business_name, subdomain, industry, phone, email, subscription_status)
     VALUES ($1, $2, $2, 'beauty', '+254711000001', $2 || '@example.co.ke', 'active')`,
    [business.id, business.subdomain],
  );
  await owner.query(
    `INSERT INTO tenant_users (id, tenant_id, email, full_name, role)
     VALUES ($1, $2, 'owner@' || $3 || '.example.co.ke', 'Wanjiru Kamau', 'owner')`,
    [business.ownerId, business.id, business.subdomain],
  );
}

/** Tells `onQuery` each query's text and answer as the pool's connections send them. */
export function recordQueries(
  pool: pg.Pool,
  onQuery: (text: string, answer: Promise<unknown>) => void,
): void {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (config: unknown) => Promise<unknown>;
    Object.defineProperty(client, "query", {
      configurable: true,
      value: (config: unknown) => {
        const answer = query(config);
        onQuery(typeof config === "string" ? config : (config as { text: string }).text, answer);
        return answer;
      },
    });
  });
}

/** How many customers a business really has (read as the owner, past row-level security). */
export async function countCustomers(owner: pg.Client, tenantId: string): Promise<number> {
  const { rows } = await owner.query<{ count: string }>(
    "SELECT count(*) FROM customers WHERE tenant_id = $1",
    [tenantId],
  );
  return Number(rows[0]?.count);
}
