import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlatformSessionClaims, SessionClaims } from "../../auth/session";
import { ValidationError } from "../../errors";
import { appRouter } from "../../root";
import { acceptInvitation } from "../../team/accept-invitation";
import { createApiWorld, type ApiWorld } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";
import { clientDetailsSchema } from "./client-details";
import { PROVISIONING_STEPS, provisionClient } from "./provision-client";

let world: ApiWorld;
let repA: PlatformSessionClaims;
let repB: PlatformSessionClaims;
let hotelTemplateId: string;
let restaurantTemplateId: string;

beforeAll(async () => {
  world = await createApiWorld();
  repA = world.sessions["sales rep"] as PlatformSessionClaims;
  const { rows } = await world.owner.query<{ id: string }>(
    "SELECT id FROM platform_users WHERE email = 'sales.mombasa@demo.aizalo.test'",
  );
  repB = { userType: "platform", userId: rows[0]!.id, role: "sales", sessionVersion: 1 };
  hotelTemplateId = await templateId("Pwani Hospitality");
  restaurantTemplateId = await templateId("Karibu Table");
});
afterAll(() => world.close());

async function templateId(name: string): Promise<string> {
  const { rows } = await world.owner.query<{ id: string }>(
    "SELECT id FROM website_templates WHERE name = $1",
    [name],
  );
  return rows[0]!.id;
}

const call = (session: SessionClaims) =>
  createCallerFactory(appRouter)({ ...world.contextFor("anonymous"), session }).sales.onboarding;

const invitationLink = (token: string) => `http://localhost:3000/invite/${token}`;

/** A lead of rep A still in play (not won or lost). */
async function openLeadOf(repId: string): Promise<string> {
  const { rows } = await world.owner.query<{ id: string }>(
    `SELECT id FROM sales_leads WHERE assigned_to = $1 AND status NOT IN ('won', 'lost')
       AND tenant_id IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1`,
    [repId],
  );
  return rows[0]!.id;
}

const STEPS = (subdomain: string, email: string) =>
  [
    [
      "business",
      {
        businessName: "Tsavo Sunset Lodge",
        ownerName: "Achieng Odhiambo",
        ownerEmail: email,
        phone: "0712 345 678",
        city: "Voi",
        address: "Mombasa Road",
        plan: "professional",
      },
    ],
    ["industry", { industry: "hotels" }],
    ["template", { templateId: "" }],
    ["subdomain", { subdomain }],
    [
      "customize",
      {
        primaryColor: "#1D4ED8",
        accentColor: "#f59e0b",
        headingFont: "Playfair Display",
        bodyFont: "Lato",
        logoUrl: "https://cdn.example.co.ke/tsavo-logo.png",
      },
    ],
  ] as const;

/** Starts a draft (from a lead when given) and saves every step through the API. */
async function fullDraft(
  session: SessionClaims,
  subdomain: string,
  email: string,
  leadId: string | null,
) {
  const api = call(session);
  const started = await api.start({ leadId });
  for (const [step, values] of STEPS(subdomain, email)) {
    const filled = step === "template" ? { templateId: hotelTemplateId } : values;
    await api.saveStep({ sessionId: started.id, step, values: filled });
  }
  return started.id;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await world.owner.query<{ n: string }>(sql, params);
  return Number(rows[0]!.n);
}

function fieldErrorsOf(error: unknown): Record<string, readonly string[]> {
  if (error instanceof ValidationError) return error.fieldErrors;
  if (error instanceof TRPCError && error.cause instanceof ValidationError) {
    return error.cause.fieldErrors;
  }
  throw error;
}

describe("onboarding a client", () => {
  it("creates the business on trial for the rep, its invited owner, its website, and wins the lead", async () => {
    const leadId = await openLeadOf(repA.userId);
    const sessionId = await fullDraft(repA, "tsavo-sunset", "achieng@tsavo.example.co.ke", leadId);
    expect((await call(repA).get({ sessionId })).currentStep).toBe("review");

    const client = await call(repA).finish({ sessionId });
    expect(client.subdomain).toBe("tsavo-sunset");

    const { rows: tenants } = await world.owner.query(
      `SELECT subscription_status, subscription_plan, monthly_fee::text, assigned_sales_rep_id,
              onboarded_by, phone, is_demo, trial_ends_at::text,
              (now() AT TIME ZONE 'Africa/Nairobi')::date + 14 AS expected_trial_end
       FROM tenants WHERE id = $1`,
      [client.tenantId],
    );
    expect(tenants[0]).toMatchObject({
      subscription_status: "trial",
      subscription_plan: "professional",
      monthly_fee: "5000.00",
      assigned_sales_rep_id: repA.userId,
      onboarded_by: repA.userId,
      phone: "+254712345678",
      is_demo: false,
    });
    expect(tenants[0].trial_ends_at).toBe(
      (tenants[0].expected_trial_end as Date).toISOString().slice(0, 10),
    );

    const { rows: owners } = await world.owner.query(
      `SELECT u.role::text, u.password_hash, i.invited_by_platform_user_id
       FROM tenant_users u JOIN invitations i ON i.tenant_user_id = u.id WHERE u.tenant_id = $1`,
      [client.tenantId],
    );
    expect(owners).toEqual([
      { role: "owner", password_hash: null, invited_by_platform_user_id: repA.userId },
    ]);
    const { rows: mail } = await world.owner.query<{ payload: { link: string } }>(
      "SELECT payload FROM outbox_messages WHERE tenant_id = $1 AND kind = 'invitation'",
      [client.tenantId],
    );
    expect(mail.map((row) => row.payload.link)).toEqual([client.invitationLink]);

    const { rows: pages } = await world.owner.query<{ slug: string; content: string }>(
      `SELECT p.slug, p.content FROM website_pages p JOIN tenant_websites w ON w.id = p.website_id
       WHERE w.tenant_id = $1 AND w.is_published AND w.template_id = $2 ORDER BY p.sort_order`,
      [client.tenantId, hotelTemplateId],
    );
    expect(pages.map((page) => page.slug)).toEqual(["home", "about", "services", "contact"]);
    expect(pages[0]!.content).toContain("Karibu Tsavo Sunset Lodge");
    expect(pages[3]!.content).toContain("+254712345678");
    expect(pages.map((page) => page.content).join()).not.toMatch(/\{[a-z]+\}/);
    const { rows: looks } = await world.owner.query(
      `SELECT customization_type::text AS type, key, value FROM website_customizations
       WHERE tenant_id = $1 AND customization_type IN ('color', 'font', 'logo') ORDER BY 1, 2`,
      [client.tenantId],
    );
    expect(looks).toEqual([
      { type: "color", key: "accent", value: "#f59e0b" },
      { type: "color", key: "primary", value: "#1d4ed8" },
      { type: "font", key: "body", value: "Lato" },
      { type: "font", key: "heading", value: "Playfair Display" },
      { type: "logo", key: "url", value: "https://cdn.example.co.ke/tsavo-logo.png" },
    ]);

    const { rows: leads } = await world.owner.query(
      "SELECT status::text, tenant_id FROM sales_leads WHERE id = $1",
      [leadId],
    );
    expect(leads[0]).toEqual({ status: "won", tenant_id: client.tenantId });
    const { rows: changes } = await world.owner.query(
      "SELECT kind::text, to_status::text, actor_id FROM subscription_changes WHERE tenant_id = $1",
      [client.tenantId],
    );
    expect(changes).toEqual([{ kind: "created", to_status: "trial", actor_id: repA.userId }]);
    expect((await call(repA).get({ sessionId })).status).toBe("completed");

    // The rep is the actor of the provisioning service's audit rows.
    const { rows: audit } = await world.owner.query(
      `SELECT DISTINCT actor_user_type::text, actor_user_id, purpose FROM audit_logs
       WHERE tenant_id = $1 AND action LIKE 'provisioning.%'`,
      [client.tenantId],
    );
    expect(audit).toEqual([
      { actor_user_type: "system", actor_user_id: repA.userId, purpose: "provisioning" },
    ]);

    // The owner accepts the link the rep passed on.
    const token = new URL(client.invitationLink).pathname.split("/").at(-1)!;
    await expect(
      acceptInvitation({ token, password: "tsavo elephants at dusk", ip: null }, world.database),
    ).resolves.toEqual({ ok: true, signInPath: "/tsavo-sunset/login" });
  });

  it("leaves no tenant, user, website or lead change when a step fails", async () => {
    const leadId = await openLeadOf(repA.userId);
    const sessionId = await fullDraft(repA, "mara-view-camp", "wafula@mara.example.co.ke", leadId);
    const { rows } = await world.owner.query<{ data: unknown }>(
      "SELECT data FROM onboarding_sessions WHERE id = $1",
      [sessionId],
    );
    const details = clientDetailsSchema.parse(rows[0]!.data);
    const before = {
      websites: await count("SELECT count(*) AS n FROM tenant_websites", []),
      changes: await count("SELECT count(*) AS n FROM subscription_changes", []),
      usage: await count("SELECT usage_count AS n FROM website_templates WHERE id = $1", [
        hotelTemplateId,
      ]),
    };

    for (const failing of PROVISIONING_STEPS) {
      await expect(
        provisionClient(
          { repId: repA.userId, onboardingSessionId: sessionId, leadId, details },
          {
            database: world.database,
            invitationLink,
            afterStep: (step) => {
              if (step === failing) throw new Error(`injected failure after ${step}`);
            },
          },
        ),
      ).rejects.toThrow(`injected failure after ${failing}`);

      expect(
        await count("SELECT count(*) AS n FROM tenants WHERE subdomain = 'mara-view-camp'", []),
      ).toBe(0);
      expect(
        await count(
          "SELECT count(*) AS n FROM tenant_users WHERE email = 'wafula@mara.example.co.ke'",
          [],
        ),
      ).toBe(0);
      expect(
        await count(
          "SELECT count(*) AS n FROM outbox_messages WHERE recipient = 'wafula@mara.example.co.ke'",
          [],
        ),
      ).toBe(0);
      expect(await count("SELECT count(*) AS n FROM tenant_websites", [])).toBe(before.websites);
      expect(await count("SELECT count(*) AS n FROM subscription_changes", [])).toBe(
        before.changes,
      );
      expect(
        await count("SELECT usage_count AS n FROM website_templates WHERE id = $1", [
          hotelTemplateId,
        ]),
      ).toBe(before.usage);
      const { rows: lead } = await world.owner.query(
        "SELECT status::text, tenant_id FROM sales_leads WHERE id = $1",
        [leadId],
      );
      expect(lead[0]!.status).not.toBe("won");
      expect(lead[0]!.tenant_id).toBeNull();
      expect((await call(repA).get({ sessionId })).status).toBe("in_progress");
    }

    // And with nothing injected, the same draft goes through.
    await expect(call(repA).finish({ sessionId })).resolves.toMatchObject({
      subdomain: "mara-view-camp",
    });
  });
});

describe("subdomains", () => {
  it("refuses a taken or reserved subdomain with a field error, and says so while typing", async () => {
    const { id: sessionId } = await call(repA).start({});
    for (const [subdomain, message] of [
      ["pwani-breeze", /already taken/],
      ["admin", /reserved/],
      ["Bad_Name", /lowercase letters/],
    ] as const) {
      const refused = await call(repA)
        .saveStep({ sessionId, step: "subdomain", values: { subdomain } })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(TRPCError);
      expect((refused as TRPCError).code).toBe("BAD_REQUEST");
      expect(fieldErrorsOf(refused).subdomain?.join(" ")).toMatch(message);
    }
    await expect(call(repA).checkSubdomain({ subdomain: "pwani-breeze" })).resolves.toMatchObject({
      available: false,
      reason: "taken",
    });
    await expect(call(repA).checkSubdomain({ subdomain: "sales" })).resolves.toMatchObject({
      available: false,
      reason: "reserved",
    });
    await expect(call(repA).checkSubdomain({ subdomain: "Kilifi-Palms " })).resolves.toEqual({
      available: true,
      subdomain: "kilifi-palms",
    });
  });

  it("refuses at finish a subdomain taken since it was checked, with a field error", async () => {
    const sessionId = await fullDraft(
      repA,
      "naivasha-shores",
      "kiprop@naivasha.example.co.ke",
      null,
    );
    await world.owner.query(
      `INSERT INTO tenants (business_name, subdomain, industry, phone, email)
       VALUES ('Naivasha Shores Rivals', 'naivasha-shores', 'hotels', '+254722000111', 'x@rivals.example.co.ke')`,
    );
    const refused = await call(repA)
      .finish({ sessionId })
      .catch((error: unknown) => error);
    expect((refused as TRPCError).code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(refused).subdomain?.[0]).toMatch(/already taken/);
    expect((await call(repA).get({ sessionId })).status).toBe("in_progress");
  });

  it("turns the race for one subdomain into a field error, not a server error", async () => {
    const sessions = [
      await fullDraft(repA, "lamu-dhow-house", "first@lamu.example.co.ke", null),
      await fullDraft(repA, "lamu-dhow-house-2", "second@lamu.example.co.ke", null),
    ];
    const detailsOf = async (sessionId: string) => {
      const { rows } = await world.owner.query<{ data: unknown }>(
        "SELECT data FROM onboarding_sessions WHERE id = $1",
        [sessionId],
      );
      // Both drafts were checked while the name was free; both now ask for it.
      return { ...clientDetailsSchema.parse(rows[0]!.data), subdomain: "lamu-dhow-house" };
    };
    const request = async (sessionId: string) => ({
      repId: repA.userId,
      onboardingSessionId: sessionId,
      leadId: null,
      details: await detailsOf(sessionId),
    });
    const second = await request(sessions[1]!);
    let secondAttempt: Promise<unknown> = Promise.resolve();
    const first = provisionClient(await request(sessions[0]!), {
      database: world.database,
      invitationLink,
      afterStep: async (step) => {
        if (step !== "tenant") return;
        // The second provisioning passes its check (the first is not committed yet) and waits
        // on the unique index until the first commits.
        secondAttempt = provisionClient(second, { database: world.database, invitationLink }).catch(
          (error: unknown) => error,
        );
        await new Promise((resolve) => setTimeout(resolve, 400));
      },
    });
    await expect(first).resolves.toMatchObject({ subdomain: "lamu-dhow-house" });
    const lost = await secondAttempt;
    expect(lost).toBeInstanceOf(ValidationError);
    expect(fieldErrorsOf(lost).subdomain?.[0]).toMatch(/already taken/);
  });
});

describe("a rep's onboarding sessions are their own", () => {
  it("answers NOT_FOUND to another rep for every session procedure, and lists none of them", async () => {
    const { id: sessionId } = await call(repA).start({});
    const notFound = { code: "NOT_FOUND" };
    await expect(call(repB).get({ sessionId })).rejects.toMatchObject(notFound);
    await expect(
      call(repB).saveStep({ sessionId, step: "industry", values: { industry: "law" } }),
    ).rejects.toMatchObject(notFound);
    await expect(call(repB).finish({ sessionId })).rejects.toMatchObject(notFound);
    await expect(call(repB).cancel({ sessionId })).rejects.toMatchObject(notFound);
    expect((await call(repB).list()).map((session) => session.id)).not.toContain(sessionId);
    expect((await call(repA).list()).map((session) => session.id)).toContain(sessionId);
    // Nothing changed for rep A.
    expect((await call(repA).get({ sessionId })).data).not.toHaveProperty("industry");
  });

  it("refuses to start from another rep's lead", async () => {
    const leadOfB = await openLeadOf(repB.userId);
    await expect(call(repA).start({ leadId: leadOfB })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lists only the chosen industry's templates, and refuses a template of another", async () => {
    const templates = await call(repA).templates({ industry: "hotels" });
    expect(templates.map((template) => template.name).sort()).toEqual([
      "Pwani Hospitality",
      "Safari Lodge",
    ]);
    const { id: sessionId } = await call(repA).start({});
    await call(repA).saveStep({ sessionId, step: "industry", values: { industry: "hotels" } });
    await call(repA).saveStep({
      sessionId,
      step: "template",
      values: { templateId: restaurantTemplateId },
    });
    const refused = await call(repA)
      .finish({ sessionId })
      .catch((error: unknown) => error);
    expect((refused as TRPCError).code).toBe("BAD_REQUEST");
  });
});
