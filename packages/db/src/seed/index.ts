import { hash } from "@node-rs/argon2";
import { DEMO_PASSWORD } from "./accounts";
import { SeedClock } from "./clock";
import { buildDemoData } from "./demo-data";
import { withSeedTransaction } from "./owner-client";
import { platformUserId } from "./platform";
import { writeDemoData } from "./write";

export { DEMO_PASSWORD, DEMO_SIGN_INS, type DemoSignIn } from "./accounts";

export interface SeedOptions {
  log?: (line: string) => void;
}

// OWASP's argon2id minimum: 19 MiB, two passes, one lane (ISOLATION.md "Sessions and roles").
const PASSWORD_HASH_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Writes the demo data (platform staff, one business per industry with its customers, chats,
 * campaigns and website, a year of revenue, the sales pipeline) in one transaction as the owner.
 * Idempotent: every row has a fixed id and existing rows are skipped, so a second run changes
 * nothing. Dates are relative to now, so the dashboards look alive whenever it runs.
 */
export async function seedDemoData(ownerUrl: string, options: SeedOptions = {}): Promise<void> {
  const startedAt = performance.now();
  // Hashed once per run: argon2id is slow on purpose and every demo user shares the password.
  // @node-rs/argon2 defaults to argon2id.
  const passwordHash = await hash(DEMO_PASSWORD, PASSWORD_HASH_OPTIONS);
  const data = buildDemoData(new SeedClock(new Date()), passwordHash);
  const counts = await withSeedTransaction(ownerUrl, (tx) => writeDemoData(tx, data));

  const inserted = counts.reduce((sum, count) => sum + count.inserted, 0);
  const planned = counts.reduce((sum, count) => sum + count.planned, 0);
  const count = (table: string) =>
    counts.find((candidate) => candidate.table === table)?.planned ?? 0;
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  options.log?.(
    `demo data: ${inserted} of ${planned} rows inserted in ${seconds}s ` +
      `(${count("tenants")} businesses, ${count("tenant_users")} users, ${count("customers")} customers, ` +
      `${count("conversations")} conversations, ${count("messages")} messages, ${count("leads")} leads, ` +
      `${count("platform_revenue") + count("platform_revenue (refunds)")} payments, ${count("sales_leads")} sales leads)`,
  );
}

/** True once the seed's platform owner exists (what `pnpm dev` checks before seeding). */
export async function isSeeded(ownerUrl: string): Promise<boolean> {
  return withSeedTransaction(
    ownerUrl,
    async (tx) => (await tx.platformUser.count({ where: { id: platformUserId.owner } })) > 0,
  );
}
