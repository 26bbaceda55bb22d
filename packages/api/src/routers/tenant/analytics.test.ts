import type { TenantSessionClaims } from "../../auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { businessCalendar, dashboardFigures } from "../../services/analytics";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { createQuietBusiness, nairobi } from "./analytics.test-world";
import { callerFor, refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let quiet: TenantSessionClaims;
let bOwner: TenantSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  quiet = await createQuietBusiness(world.owner);
  bOwner = await tenantBOwner(world);
});
afterAll(() => world.close());

/** The dashboard's figures for `claims`' business as if it were `now`. */
function dashboardAt(claims: TenantSessionClaims, now: Date) {
  const actor = {
    type: "tenant",
    tenantId: claims.tenantId,
    userId: claims.userId,
    role: claims.role,
  } as const;
  return world.database.runUnitOfWork(actor, async (db) =>
    dashboardFigures(db, await businessCalendar(db, claims.tenantId), now),
  );
}

const MARCH = { from: "2031-03-01", to: "2031-03-12" };

describe("dashboard figures", () => {
  it("counts today, open conversations, this week's leads, conversion and this month's revenue", async () => {
    expect(await dashboardAt(quiet, nairobi("2031-03-12T10:00:00"))).toEqual({
      conversationsToday: 3,
      openConversations: 2,
      newLeadsThisWeek: 2,
      conversion: { won: 1, closed: 3, rate: 1 / 3 },
      revenueThisMonth: "12500.00",
      currency: "KES",
      timeZone: "Africa/Nairobi",
    });
  });

  it("places 23:59 Nairobi time on that day and month, not the next", async () => {
    const lastMinute = await dashboardAt(quiet, nairobi("2031-03-11T23:59:30"));
    expect(lastMinute.conversationsToday).toBe(1);
    const february = await dashboardAt(quiet, nairobi("2031-02-28T23:45:00"));
    // Only the conversation resolved at 23:30 on the 28th; the one at 01:00 on 1 March is March's.
    expect(february.revenueThisMonth).toBe("700.00");
    expect(february.conversion).toEqual({ won: 0, closed: 0, rate: null });
  });

  it("is readable by every role, viewers included, and never counts another business's rows", async () => {
    const asViewer = await callerFor(world, "tenant viewer").tenant.dashboard.figures();
    const { rows } = await world.owner.query<{ open: number }>(
      `SELECT count(*)::int AS open FROM conversations
       WHERE tenant_id = $1 AND deleted_at IS NULL AND status IN ('active', 'waiting')`,
      [world.tenantA.id],
    );
    expect(asViewer.openConversations).toBe(rows[0]?.open);
    expect((await callerFor(world, quiet).tenant.dashboard.figures()).openConversations).toBe(2);
    await refusedWith(callerFor(world, "platform owner").tenant.dashboard.figures(), "FORBIDDEN");
  });

  it("lists recent activity newest first, each with what to link to", async () => {
    const activity = await callerFor(world, quiet).tenant.dashboard.recentActivity();
    expect(activity.map((item) => [item.kind, item.name])).toEqual([
      ["message_received", "Achieng"],
      ["lead_added", "Today's lead"],
      ["message_received", "Baraka"],
      ["message_received", "Baraka"],
      ["customer_added", "Chebet"],
      ["customer_added", "Baraka"],
      ["message_received", "Achieng"],
      ["customer_added", "Achieng"],
      ["lead_added", "Monday lead"],
      ["lead_added", "Sunday lead"],
      ["campaign_scheduled", "Tools week"],
      ["message_received", "Chebet"],
    ]);
    expect(activity[0]?.at).toEqual(nairobi("2031-03-12T09:30:00"));
    const asB = await callerFor(world, bOwner).tenant.dashboard.recentActivity();
    const quietIds = new Set(activity.map((item) => item.entityId));
    expect(asB.some((item) => quietIds.has(item.entityId))).toBe(false);
  });
});

describe("analytics report", () => {
  it("gives the exact figures for a range of Nairobi days", async () => {
    const report = await callerFor(world, quiet).tenant.analytics.report(MARCH);
    expect(report.bucket).toBe("day");
    expect(report.conversations.channels).toEqual(["whatsapp", "sms", "web"]);
    expect(report.conversations.periods).toHaveLength(12);
    const day = (period: string) => report.conversations.periods.find((p) => p.period === period);
    expect(day("2031-03-05")).toEqual({
      period: "2031-03-05",
      byChannel: { whatsapp: 1, sms: 0, web: 0 },
      total: 1,
    });
    // The message at 23:59 on the 11th counts on the 11th; the reply after midnight on the 12th.
    expect(day("2031-03-11")?.byChannel).toEqual({ whatsapp: 1, sms: 0, web: 0 });
    expect(day("2031-03-12")?.byChannel).toEqual({ whatsapp: 1, sms: 1, web: 1 });
    expect(day("2031-03-01")?.total).toBe(0);

    // Waits of 60 s, 300 s (the internal note before the reply is not one) and 1,200 s.
    expect(report.firstResponse).toEqual({ conversations: 4, answered: 3, medianSeconds: 300 });
    expect(report.conversion).toEqual({ won: 1, closed: 3, rate: 1 / 3 });
    expect(report.leadsByCampaign).toEqual([
      {
        campaignId: expect.any(String),
        campaignName: "March cement offer",
        won: 0,
        lost: 1,
        open: 1,
      },
      { campaignId: null, campaignName: null, won: 0, lost: 0, open: 2 },
    ]);
    expect(report.customersAdded.filter((p) => p.customers > 0)).toEqual([
      { period: "2031-03-10", customers: 1 },
      { period: "2031-03-11", customers: 1 },
      { period: "2031-03-12", customers: 1 },
    ]);
    expect(report.campaigns).toEqual({
      rows: [
        expect.objectContaining({ name: "Tools week", spend: "0.00", convertedValue: "0.00" }),
        expect.objectContaining({
          name: "March cement offer",
          status: "active",
          spend: "20000.00",
          convertedValue: "10000.00",
        }),
      ],
      spend: "20000.00",
      convertedValue: "10000.00",
    });
    expect(report.currency).toBe("KES");
  });

  it("answers an empty range with zeros, not an error", async () => {
    const report = await callerFor(world, quiet).tenant.analytics.report({
      from: "2030-10-01",
      to: "2030-10-07",
    });
    expect(report.conversations).toEqual({
      channels: [],
      periods: Array.from({ length: 7 }, (_, index) => ({
        period: `2030-10-0${index + 1}`,
        byChannel: {},
        total: 0,
      })),
    });
    expect(report.firstResponse).toEqual({ conversations: 0, answered: 0, medianSeconds: null });
    expect(report.conversion).toEqual({ won: 0, closed: 0, rate: null });
    expect(report.leadsByCampaign).toEqual([]);
    expect(report.customersAdded.every((p) => p.customers === 0)).toBe(true);
    expect(report.campaigns).toEqual({ rows: [], spend: "0.00", convertedValue: "0.00" });
  });

  it("draws long ranges per week, from Monday", async () => {
    const report = await callerFor(world, quiet).tenant.analytics.report({
      from: "2030-12-01",
      to: "2031-03-12",
    });
    expect(report.bucket).toBe("week");
    expect(report.customersAdded[0]?.period).toBe("2030-11-25");
    expect(report.customersAdded.at(-1)).toEqual({ period: "2031-03-10", customers: 3 });
  });

  it("uses the business's own time zone, and Nairobi when the zone is unknown", async () => {
    const setZone = (zone: string) =>
      world.owner.query("UPDATE tenants SET timezone = $1 WHERE id = $2", [zone, quiet.tenantId]);
    const analytics = callerFor(world, quiet).tenant.analytics;
    const day = async (period: string) =>
      (await analytics.report(MARCH)).conversations.periods.find((p) => p.period === period);
    try {
      // 23:59 on the 11th in Nairobi is 05:59 on the 12th in Tokyo.
      await setZone("Asia/Tokyo");
      expect((await analytics.calendar()).timeZone).toBe("Asia/Tokyo");
      expect((await day("2031-03-11"))?.total).toBe(0);
      await setZone("Mars/Olympus_Mons");
      expect(await analytics.calendar()).toMatchObject({
        timeZone: "Africa/Nairobi",
        currency: "KES",
        today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      expect((await day("2031-03-11"))?.total).toBe(1);
    } finally {
      await setZone("Africa/Nairobi");
    }
  });

  it("refuses a bad range with BAD_REQUEST", async () => {
    const analytics = callerFor(world, quiet).tenant.analytics;
    await refusedWith(analytics.report({ from: "2031-03-12", to: "2031-03-01" }), "BAD_REQUEST");
    await refusedWith(analytics.report({ from: "2030-01-01", to: "2031-01-02" }), "BAD_REQUEST");
    await refusedWith(analytics.report({ from: "2031-02-30", to: "2031-03-01" }), "BAD_REQUEST");
    await refusedWith(analytics.report({ from: "last week", to: "2031-03-01" }), "BAD_REQUEST");
    // 366 days (a leap year's worth) is the longest range allowed.
    await expect(analytics.report({ from: "2030-03-12", to: "2031-03-12" })).resolves.toBeTruthy();
  });

  it("never shows one business's figures to another", async () => {
    const asB = await callerFor(world, bOwner).tenant.analytics.report(MARCH);
    expect(asB.conversations.channels).toEqual([]);
    expect(asB.firstResponse.conversations).toBe(0);
    expect(asB.conversion.closed).toBe(0);
    expect(asB.leadsByCampaign).toEqual([]);
    expect(asB.customersAdded.every((p) => p.customers === 0)).toBe(true);
    expect(asB.campaigns.rows).toEqual([]);
  });

  it("needs analytics.view: staff have it, viewers do not", async () => {
    await expect(
      callerFor(world, "tenant staff").tenant.analytics.report(MARCH),
    ).resolves.toBeTruthy();
    await refusedWith(
      callerFor(world, "tenant viewer").tenant.analytics.report(MARCH),
      "FORBIDDEN",
    );
  });
});
