import type { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { TenantSessionClaims } from "../../auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { callerFor, refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let bOwner: TenantSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  bOwner = await tenantBOwner(world);
});
afterAll(() => world.close());

const settingsAs = (person: PersonName | TenantSessionClaims) =>
  callerFor(world, person).tenant.settings;

/** The zod issues behind a BAD_REQUEST: what the form shows field by field. */
function issuesOf(error: TRPCError) {
  expect(error.cause).toBeInstanceOf(z.ZodError);
  return (error.cause as z.ZodError).issues;
}

const PROFILE = {
  businessName: "Jacaranda Homes Ltd",
  phone: "0712 345 678",
  email: "hello@jacaranda.example.co.ke",
  address: "Ngong Road, Kilimani",
  city: "Nairobi",
  timezone: "Africa/Nairobi",
  currency: "kes",
  logoUrl: "https://jacaranda.example.co.ke/logo.png",
};

const OPEN = { closed: false, open: "08:00", close: "17:00" } as const;
const HOURS = {
  monday: OPEN,
  tuesday: OPEN,
  wednesday: OPEN,
  thursday: OPEN,
  friday: { closed: false, open: "08:00", close: "16:00" },
  saturday: { closed: false, open: "09:00", close: "12:30" },
  sunday: { closed: true },
} as const;

async function tenantRow(id: string) {
  const { rows } = await world.owner.query(
    "SELECT business_name, phone, email::text, city, currency, subdomain, subscription_plan::text FROM tenants WHERE id = $1",
    [id],
  );
  return rows[0];
}
async function settingRows(tenantId: string) {
  const { rows } = await world.owner.query(
    "SELECT category, key, value FROM tenant_settings WHERE tenant_id = $1 ORDER BY category, key",
    [tenantId],
  );
  return rows;
}

describe("business profile", () => {
  it("the owner saves it: phone in E.164, currency upper-cased, logo kept; audited without values", async () => {
    const saved = await settingsAs("tenant owner").updateProfile(PROFILE);
    expect(saved).toMatchObject({
      businessName: "Jacaranda Homes Ltd",
      phone: "+254712345678",
      currency: "KES",
      logoUrl: "https://jacaranda.example.co.ke/logo.png",
    });
    expect(await tenantRow(world.tenantA.id)).toMatchObject({
      business_name: "Jacaranda Homes Ltd",
      phone: "+254712345678",
      city: "Nairobi",
      subdomain: world.tenantA.subdomain,
    });
    const { rows } = await world.owner.query(
      "SELECT changed_fields, metadata FROM audit_logs WHERE action = 'tenant.settings.updateProfile' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0].changed_fields).toEqual(expect.arrayContaining(["business_name", "phone"]));
    expect(JSON.stringify(rows[0])).not.toContain("712345678");
    const read = await settingsAs("tenant viewer").get();
    expect(read.profile.logoUrl).toBe(PROFILE.logoUrl);
    expect(read.canEdit).toBe(false);
  });

  it("bad input answers field errors and changes nothing", async () => {
    const before = await tenantRow(world.tenantA.id);
    const error = await refusedWith(
      settingsAs("tenant owner").updateProfile({
        ...PROFILE,
        businessName: " ",
        phone: "0712 34",
        email: "not-an-email",
        timezone: "Mars/Olympus",
        currency: "XXZ",
        logoUrl: "http://insecure.example.com/logo.png",
      }),
      "BAD_REQUEST",
    );
    const fields = issuesOf(error).map((issue) => issue.path[0]);
    expect(new Set(fields)).toEqual(
      new Set(["businessName", "phone", "email", "timezone", "currency", "logoUrl"]),
    );
    expect(await tenantRow(world.tenantA.id)).toEqual(before);
  });

  it("staff, viewers and a read-only impersonation cannot change it", async () => {
    const before = await tenantRow(world.tenantA.id);
    for (const person of [
      "tenant staff",
      "tenant viewer",
      "impersonating owner (read-only)",
    ] as const) {
      await refusedWith(
        settingsAs(person).updateProfile({ ...PROFILE, businessName: "Hijacked" }),
        "FORBIDDEN",
      );
    }
    expect(await tenantRow(world.tenantA.id)).toEqual(before);
  });

  it("another business's owner edits only their own business", async () => {
    const before = await tenantRow(world.tenantA.id);
    await settingsAs(bOwner).updateProfile({ ...PROFILE, businessName: "Pwani Breeze Cottages" });
    expect(await tenantRow(world.tenantA.id)).toEqual(before);
    expect(await tenantRow(world.tenantB.id)).toMatchObject({
      business_name: "Pwani Breeze Cottages",
    });
    expect((await settingsAs("tenant owner").get()).profile.businessName).toBe(
      "Jacaranda Homes Ltd",
    );
  });
});

describe("hours, languages, AI tone, notifications", () => {
  it("an admin saves each category; the page reads them back", async () => {
    const admin = settingsAs("tenant admin");
    await admin.updateHours(HOURS);
    await admin.updateLanguages({ enabled: ["en", "sw", "sheng"], primary: "sw" });
    await admin.updateAiTone({ tone: "professional", instructions: "Greet in Kiswahili." });
    await admin.updateNotifications({
      new_lead: ["email", "whatsapp"],
      new_message: ["whatsapp"],
      follow_up_due: [],
      campaign_completed: ["email"],
      weekly_summary: ["email", "email"],
    });
    const read = await settingsAs("tenant staff").get();
    expect(read.hours).toEqual(HOURS);
    expect(read.languages).toEqual({ enabled: ["en", "sw", "sheng"], primary: "sw" });
    expect(read.aiTone).toEqual({ tone: "professional", instructions: "Greet in Kiswahili." });
    expect(read.notifications).toMatchObject({
      new_lead: ["email", "whatsapp"],
      follow_up_due: [],
    });
    expect(read.notifications.weekly_summary).toEqual(["email"]);
    const rows = await settingRows(world.tenantA.id);
    expect(rows).toContainEqual({ category: "hours", key: "sunday", value: { closed: true } });
    expect(rows).toContainEqual({ category: "ai", key: "tone", value: "professional" });
  });

  it("saving the same hours again changes and audits no field", async () => {
    await settingsAs("tenant admin").updateHours(HOURS);
    const { rows } = await world.owner.query(
      "SELECT changed_fields FROM audit_logs WHERE action = 'tenant.settings.updateHours' ORDER BY id DESC LIMIT 1",
    );
    expect(rows[0].changed_fields).toEqual([]);
  });

  it("closing before opening, a bad time, an unknown language or tone, too long instructions: field errors, nothing saved", async () => {
    const owner = settingsAs("tenant owner");
    const before = await settingRows(world.tenantA.id);
    const hours = await refusedWith(
      owner.updateHours({
        ...HOURS,
        monday: { closed: false, open: "17:00", close: "08:00" },
        tuesday: { closed: false, open: "25:00", close: "26:00" },
      }),
      "BAD_REQUEST",
    );
    const paths = issuesOf(hours);
    expect(paths).toContainEqual(
      expect.objectContaining({
        path: ["monday", "close"],
        message: "Closing time must be after opening time.",
      }),
    );
    expect(paths.some((issue) => issue.path[0] === "tuesday")).toBe(true);
    await refusedWith(owner.updateLanguages({ enabled: ["en"], primary: "sw" }), "BAD_REQUEST");
    await refusedWith(
      owner.updateLanguages({ enabled: ["klingon" as "en"], primary: "en" }),
      "BAD_REQUEST",
    );
    await refusedWith(
      owner.updateAiTone({ tone: "sarcastic" as "friendly", instructions: "" }),
      "BAD_REQUEST",
    );
    await refusedWith(
      owner.updateAiTone({ tone: "friendly", instructions: "x".repeat(501) }),
      "BAD_REQUEST",
    );
    await refusedWith(
      owner.updateNotifications({
        new_lead: ["pigeon" as "sms"],
        new_message: [],
        follow_up_due: [],
        campaign_completed: [],
        weekly_summary: [],
      }),
      "BAD_REQUEST",
    );
    expect(await settingRows(world.tenantA.id)).toEqual(before);
  });

  it("staff and viewers are refused at the API; a staff member granted settings.write may save", async () => {
    const before = await settingRows(world.tenantA.id);
    for (const person of ["tenant staff", "tenant viewer"] as const) {
      await refusedWith(settingsAs(person).updateHours({ ...HOURS, sunday: OPEN }), "FORBIDDEN");
      await refusedWith(
        settingsAs(person).updateAiTone({ tone: "casual", instructions: "" }),
        "FORBIDDEN",
      );
    }
    expect(await settingRows(world.tenantA.id)).toEqual(before);
    const staffId = world.sessions["tenant staff"]?.userId;
    await world.owner.query(
      "UPDATE tenant_users SET permissions = '{settings.write}' WHERE id = $1",
      [staffId],
    );
    try {
      await settingsAs("tenant staff").updateAiTone({ tone: "casual", instructions: "" });
      expect((await settingsAs("tenant staff").get()).canEdit).toBe(true);
      // The profile stays with owners and admins.
      await refusedWith(settingsAs("tenant staff").updateProfile(PROFILE), "FORBIDDEN");
    } finally {
      await world.owner.query("UPDATE tenant_users SET permissions = '{}' WHERE id = $1", [
        staffId,
      ]);
    }
  });

  it("PostgreSQL refuses staff and viewers writing tenant_settings, whatever the API does", async () => {
    for (const role of ["staff", "viewer"] as const) {
      const session = world.sessions[`tenant ${role}`] as TenantSessionClaims;
      const attempt = world.database.runUnitOfWork(
        { type: "tenant", tenantId: world.tenantA.id, userId: session.userId, role },
        (db) =>
          db.$executeRaw`INSERT INTO tenant_settings (category, key, value)
            VALUES ('ai', 'instructions', '"Always offer a discount"')
            ON CONFLICT (tenant_id, category, key) DO UPDATE SET value = EXCLUDED.value`,
      );
      await expect(attempt).rejects.toThrow(/row-level security/);
      const tenantUpdate = world.database.runUnitOfWork(
        { type: "tenant", tenantId: world.tenantA.id, userId: session.userId, role },
        (db) => db.$executeRaw`UPDATE tenants SET business_name = 'Hijacked'`,
      );
      // RLS hides the row from the UPDATE: nothing changes.
      await expect(tenantUpdate).resolves.toBe(0);
    }
    const { rows } = await world.owner.query(
      "SELECT value FROM tenant_settings WHERE tenant_id = $1 AND category = 'ai' AND key = 'instructions'",
      [world.tenantA.id],
    );
    expect(rows[0]?.value).not.toBe("Always offer a discount");
  });

  it("tenant B saving its hours never touches A's, and B reads only its own", async () => {
    const before = await settingRows(world.tenantA.id);
    await settingsAs(bOwner).updateHours({ ...HOURS, sunday: OPEN });
    expect(await settingRows(world.tenantA.id)).toEqual(before);
    expect((await settingsAs(bOwner).get()).hours.sunday).toEqual(OPEN);
    expect((await settingsAs("tenant owner").get()).hours.sunday).toEqual({ closed: true });
  });
});
