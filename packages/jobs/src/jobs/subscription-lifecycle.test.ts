import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { captureLogger, useJobTestDatabase } from "../testing/job-test-database";
import { demoExpiryJob } from "./demo-expiry";
import { subscriptionLifecycleJob } from "./subscription-lifecycle";

const h = useJobTestDatabase([subscriptionLifecycleJob(), demoExpiryJob()]);
const { log } = captureLogger();

// A clock the test controls. Morning in Nairobi on 10 March 2026 (06:00 UTC = 09:00 EAT).
const START = new Date("2026-03-10T06:00:00Z");
const DAY = 86_400_000;
const at = (days: number, hours = 0) => new Date(START.getTime() + days * DAY + hours * 3_600_000);

async function runLifecycle(now: Date) {
  await subscriptionLifecycleJob({ now: () => now }).run({}, { database: h.database, log });
}
async function runDemoExpiry(now: Date) {
  await demoExpiryJob({ now: () => now }).run({}, { database: h.database, log });
}

/** A business of our own, so the seed's businesses are never in the way. */
async function business(fields: {
  status: string;
  trialEndsAt?: string | null;
  isDemo?: boolean;
  demoExpiresAt?: Date | null;
}): Promise<{ id: string; subdomain: string }> {
  const id = randomUUID();
  const subdomain = `lifecycle-${randomBytes(4).toString("hex")}`;
  await h.owner.query(
    `INSERT INTO tenants (id, business_name, subdomain, industry, phone, email, subscription_status,
       monthly_fee, trial_ends_at, is_demo, demo_expires_at)
     VALUES ($1, 'Kericho Tea Rooms', $2, 'restaurants', '+254722100200', $2 || '@example.co.ke',
       $3, 2500, $4, $5, $6)`,
    [
      id,
      subdomain,
      fields.status,
      fields.trialEndsAt ?? null,
      fields.isDemo ?? false,
      fields.demoExpiresAt ?? null,
    ],
  );
  return { id, subdomain };
}

async function statusOf(tenantId: string) {
  const { rows } = await h.owner.query<{ subscription_status: string; deleted_at: Date | null }>(
    "SELECT subscription_status::text, deleted_at FROM tenants WHERE id = $1",
    [tenantId],
  );
  return rows[0]!;
}

async function historyOf(tenantId: string) {
  const { rows } = await h.owner.query<{ from: string; to: string; at: Date }>(
    `SELECT from_status::text AS from, to_status::text AS to, effective_at AS at
     FROM subscription_changes WHERE tenant_id = $1 ORDER BY effective_at`,
    [tenantId],
  );
  return rows;
}

describe("subscription.lifecycle", () => {
  it("moves a trial to past_due the day after its last day, and only then", async () => {
    const endsToday = await business({ status: "trial", trialEndsAt: "2026-03-10" });
    const endedYesterday = await business({ status: "trial", trialEndsAt: "2026-03-09" });
    const paying = await business({ status: "active", trialEndsAt: "2026-02-01" });
    const demo = await business({
      status: "trial",
      trialEndsAt: "2026-03-01",
      isDemo: true,
      demoExpiresAt: at(30),
    });

    await runLifecycle(at(0));
    expect((await statusOf(endsToday.id)).subscription_status).toBe("trial");
    expect((await statusOf(endedYesterday.id)).subscription_status).toBe("past_due");
    expect((await statusOf(paying.id)).subscription_status).toBe("active");
    expect((await statusOf(demo.id)).subscription_status).toBe("trial");
    expect(await historyOf(endedYesterday.id)).toEqual([
      { from: "trial", to: "past_due", at: at(0) },
    ]);

    // 21:00 UTC on the 10th is already the 11th in Nairobi: the trial that ended on the 10th goes.
    await runLifecycle(at(0, 15));
    expect((await statusOf(endsToday.id)).subscription_status).toBe("past_due");
    // Running again changes nothing and records nothing twice.
    await runLifecycle(at(0, 16));
    expect(await historyOf(endedYesterday.id)).toHaveLength(1);
  });

  it("suspends a past-due business when the grace period from platform settings runs out", async () => {
    const late = await business({ status: "trial", trialEndsAt: "2026-03-09" });
    await runLifecycle(at(0)); // past due from START
    const grace = await h.owner.query<{ value: number }>(
      "SELECT value FROM platform_settings WHERE key = 'billing.grace_period_days'",
    );
    expect(grace.rows[0]!.value).toBe(7);

    await runLifecycle(at(6, 23));
    expect((await statusOf(late.id)).subscription_status).toBe("past_due");
    await runLifecycle(at(7));
    expect((await statusOf(late.id)).subscription_status).toBe("suspended");
    expect(await historyOf(late.id)).toEqual([
      { from: "trial", to: "past_due", at: at(0) },
      { from: "past_due", to: "suspended", at: at(7) },
    ]);
    const { rows } = await h.owner.query(
      "SELECT suspended_at, suspension_reason FROM tenants WHERE id = $1",
      [late.id],
    );
    expect(rows[0]).toEqual({
      suspended_at: at(7),
      suspension_reason: "Payment overdue: the grace period ended",
    });
  });

  it("follows a changed grace period", async () => {
    await h.owner.query(
      "UPDATE platform_settings SET value = '3'::jsonb WHERE key = 'billing.grace_period_days'",
    );
    try {
      const late = await business({ status: "trial", trialEndsAt: "2026-04-01" });
      await runLifecycle(new Date("2026-04-02T06:00:00Z"));
      await runLifecycle(new Date("2026-04-05T05:59:00Z"));
      expect((await statusOf(late.id)).subscription_status).toBe("past_due");
      await runLifecycle(new Date("2026-04-05T06:00:00Z"));
      expect((await statusOf(late.id)).subscription_status).toBe("suspended");
    } finally {
      await h.owner.query(
        "UPDATE platform_settings SET value = '7'::jsonb WHERE key = 'billing.grace_period_days'",
      );
    }
  });
});

describe("demo.expiry", () => {
  it("removes a demo account when it expires: hidden, users off, site down, history kept", async () => {
    const demo = await business({
      status: "trial",
      trialEndsAt: "2026-03-20",
      isDemo: true,
      demoExpiresAt: at(2),
    });
    const client = await business({ status: "trial", trialEndsAt: "2026-03-20" });
    for (const tenant of [demo, client]) {
      await h.owner.query(
        `INSERT INTO tenant_users (tenant_id, email, full_name, role) VALUES ($1, 'owner@' || $2 || '.example.co.ke', 'Chebet Langat', 'owner')`,
        [tenant.id, tenant.subdomain],
      );
      await h.owner.query(
        "INSERT INTO tenant_websites (tenant_id, is_published, published_at) VALUES ($1, true, now())",
        [tenant.id],
      );
    }

    await runDemoExpiry(at(1));
    expect((await statusOf(demo.id)).deleted_at).toBeNull();

    await runDemoExpiry(at(2));
    expect(await statusOf(demo.id)).toEqual({ subscription_status: "canceled", deleted_at: at(2) });
    expect(await statusOf(client.id)).toEqual({ subscription_status: "trial", deleted_at: null });
    expect(await historyOf(demo.id)).toEqual([{ from: "trial", to: "canceled", at: at(2) }]);
    const { rows } = await h.owner.query<{
      tenant_id: string;
      active: boolean;
      published: boolean;
    }>(
      `SELECT u.tenant_id, u.is_active AS active, w.is_published AS published
       FROM tenant_users u JOIN tenant_websites w USING (tenant_id)
       WHERE u.tenant_id = ANY($1::uuid[])`,
      [[demo.id, client.id]],
    );
    expect(rows.find((row) => row.tenant_id === demo.id)).toMatchObject({
      active: false,
      published: false,
    });
    expect(rows.find((row) => row.tenant_id === client.id)).toMatchObject({
      active: true,
      published: true,
    });

    // The subdomain is free again for a real business.
    await expect(
      h.owner.query(
        `INSERT INTO tenants (business_name, subdomain, industry, phone, email)
         VALUES ('Real Business', $1, 'tech', '+254733000111', 'real@example.co.ke')`,
        [demo.subdomain],
      ),
    ).resolves.toBeTruthy();
    // And the lifecycle job leaves the removed demo alone.
    await runLifecycle(at(40));
    expect(await historyOf(demo.id)).toHaveLength(1);
  });
});
