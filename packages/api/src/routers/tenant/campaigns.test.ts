import type { TenantSessionClaims } from "../../auth/session";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../../errors";
import { CAMPAIGN_STATUSES, canMove, refusalOf } from "../../services/campaigns";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { campaignIn, customerFor, hoursFromNow, storedCampaign } from "./campaigns.test-world";
import { callerFor, refusedWith, tenantBOwner } from "./customers.test-world";

let world: ApiWorld;
let bOwner: TenantSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  bOwner = await tenantBOwner(world);
});
afterAll(() => world.close());

const campaignsAs = (person: PersonName | TenantSessionClaims) =>
  callerFor(world, person).tenant.campaigns;

const ready = () => ({
  name: "Mashujaa Day offer",
  type: "retention" as const,
  channels: ["whatsapp" as const, "sms" as const],
  content: {
    whatsapp: "Habari {{first_name}}! 20% off at {{business_name}} this weekend.",
    sms: "{{first_name}}, 20% off this weekend. Reply STOP to opt out.",
  },
  audience: { tags: ["vip"], language: "sw" as const },
  budget: "12,500.50",
  startsAt: hoursFromNow(48),
  endsAt: hoursFromNow(24 * 9),
});

async function campaignCount(tenantId: string) {
  const { rows } = await world.owner.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM campaigns WHERE tenant_id = $1",
    [tenantId],
  );
  return rows[0]!.n;
}

describe("the campaign editor", () => {
  it("creates a draft with messages per channel, audience, budget (KES, exact) and schedule", async () => {
    const campaign = await campaignsAs("tenant staff").create(ready());
    expect(campaign).toMatchObject({
      status: "draft",
      channels: ["whatsapp", "sms"],
      budget: "12500.50",
      spend: "12500.50",
      audience: { tags: ["vip"], language: "sw" },
      nextStatuses: ["scheduled"],
      editable: true,
    });
    const stored = await storedCampaign(world, campaign.id);
    expect(stored).toMatchObject({ status: "draft", budget: "12500.50" });
    expect(stored.content.sms).toContain("{{first_name}}");
    const { rows } = await world.owner.query(
      "SELECT action, entity, changed_fields FROM audit_logs WHERE entity_id = $1",
      [campaign.id],
    );
    expect(rows).toEqual([
      expect.objectContaining({ action: "tenant.campaigns.create", entity: "campaign" }),
    ]);
    // Field names only: the message text never reaches the audit log.
    expect(JSON.stringify(rows)).not.toContain("Habari");
  });

  it("refuses an unknown variable under its message, naming it and the known ones; nothing is stored", async () => {
    const before = await campaignCount(world.tenantA.id);
    const error = await refusedWith(
      campaignsAs("tenant owner").create({
        ...ready(),
        content: { whatsapp: "Hi {{first_name}}", sms: "Hi {{frist_name}}, see {{ shop }}" },
      }),
      "BAD_REQUEST",
    );
    const messages = (error.cause as { issues?: { path: string[]; message: string }[] }).issues;
    const smsProblem = messages?.find((issue) => issue.path[0] === "content.sms")?.message;
    expect(smsProblem).toMatch(/\{\{frist_name\}\}, \{\{shop\}\}/);
    expect(smsProblem).toMatch(/use one of \{\{first_name\}\}, \{\{last_name\}\}/);
    expect(messages?.some((issue) => issue.path[0] === "content.whatsapp")).toBe(false);
    expect(await campaignCount(world.tenantA.id)).toBe(before);
  });

  it("refuses an end before the start and a budget that is not an amount", async () => {
    const owner = campaignsAs("tenant owner");
    await refusedWith(owner.create({ ...ready(), endsAt: hoursFromNow(24) }), "BAD_REQUEST");
    await refusedWith(owner.create({ ...ready(), budget: "12.345" }), "BAD_REQUEST");
    await refusedWith(owner.create({ ...ready(), budget: "-5" }), "BAD_REQUEST");
  });

  it("lists by status, finds by name and pages", async () => {
    const owner = campaignsAs("tenant owner");
    const tag = `Harambee ${Date.now()}`;
    for (let i = 0; i < 3; i += 1) await owner.create({ ...ready(), name: `${tag} ${i}` });
    const found = await owner.list({ search: tag.toLowerCase(), pageSize: 5 });
    expect(found.total).toBe(3);
    const page2 = await owner.list({ search: tag, pageSize: 5, page: 1 });
    expect(page2.rows.map((row) => row.name)).toEqual([`${tag} 2`, `${tag} 1`, `${tag} 0`]);
    const paged = await owner.list({ pageSize: 5, page: 2 });
    expect(paged.page).toBe(2);
    const drafts = await owner.list({ status: "draft", pageSize: 100 });
    expect(drafts.rows.every((row) => row.status === "draft")).toBe(true);
    expect(drafts.counts.find((c) => c.status === "draft")?.count).toBe(drafts.total);
  });

  it("a scheduled campaign keeps a valid schedule when edited; an active one is not edited", async () => {
    const owner = campaignsAs("tenant owner");
    const scheduled = await campaignIn(world, world.tenantA.id, "scheduled");
    const before = await storedCampaign(world, scheduled);
    const error = await refusedWith(
      owner.update({ id: scheduled, startsAt: hoursFromNow(-1) }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/cannot be saved like this/);
    expect(await storedCampaign(world, scheduled)).toEqual(before);
    const renamed = await owner.update({ id: scheduled, name: "Loyalty week, renamed" });
    expect(renamed.name).toBe("Loyalty week, renamed");

    const active = await campaignIn(world, world.tenantA.id, "active");
    const refused = await refusedWith(owner.update({ id: active, name: "No" }), "CONFLICT");
    expect(refused.message).toBe("An active campaign cannot be edited: pause it first.");
  });

  it("deletes drafts only", async () => {
    const owner = campaignsAs("tenant owner");
    const draft = await owner.create(ready());
    await owner.deleteDraft({ id: draft.id });
    expect((await storedCampaign(world, draft.id)).deleted_at).toBeInstanceOf(Date);
    await refusedWith(owner.get({ id: draft.id }), "NOT_FOUND");
    const scheduled = await campaignIn(world, world.tenantA.id, "scheduled");
    const error = await refusedWith(owner.deleteDraft({ id: scheduled }), "CONFLICT");
    expect(error.message).toBe("Only a draft can be deleted: this campaign is scheduled.");
    expect((await storedCampaign(world, scheduled)).deleted_at).toBeNull();
  });
});

describe("status transitions", () => {
  const pairs = CAMPAIGN_STATUSES.flatMap((from) => CAMPAIGN_STATUSES.map((to) => [from, to]));
  const allowed = pairs.filter(([from, to]) => canMove(from!, to!));

  it("allows exactly draft → scheduled → active ⇄ paused → completed (and active → completed)", () => {
    expect(allowed.map(([from, to]) => `${from}→${to}`)).toEqual([
      "draft→scheduled",
      "scheduled→active",
      "active→paused",
      "active→completed",
      "paused→active",
      "paused→completed",
    ]);
  });

  it.each(pairs)("%s → %s through the API", async (from, to) => {
    const id = await campaignIn(world, world.tenantA.id, from!);
    const before = await storedCampaign(world, id);
    const call = campaignsAs("tenant owner").changeStatus({ id, to: to! });
    if (canMove(from!, to!)) {
      expect((await call).status).toBe(to);
      expect((await storedCampaign(world, id)).status).toBe(to);
      const { rows } = await world.owner.query(
        "SELECT changed_fields FROM audit_logs WHERE entity_id = $1 AND action = 'tenant.campaigns.changeStatus'",
        [id],
      );
      expect(rows[0]?.changed_fields).toContain("status");
    } else {
      const error = await refusedWith(call, "CONFLICT");
      expect(error.message).toBe(refusalOf(from!, to!));
      expect(await storedCampaign(world, id)).toEqual(before);
    }
  });

  it("says so in words", () => {
    expect(refusalOf("completed", "paused")).toBe("A completed campaign cannot be paused.");
    expect(refusalOf("draft", "active")).toBe("A draft campaign cannot be started.");
  });

  it("scheduling needs a start in the future and a message per channel; nothing changes otherwise", async () => {
    const owner = campaignsAs("tenant owner");
    const draft = await owner.create({
      ...ready(),
      channels: ["whatsapp", "email"],
      startsAt: hoursFromNow(-2),
    });
    const error = await refusedWith(
      owner.changeStatus({ id: draft.id, to: "scheduled" }),
      "BAD_REQUEST",
    );
    expect(error.cause).toBeInstanceOf(ValidationError);
    const fields = (error.cause as ValidationError).fieldErrors;
    expect(fields.startsAt).toEqual(["Choose a start in the future."]);
    expect(fields["content.email"]).toEqual(["Write the Email message."]);
    expect(fields["content.emailSubject"]).toBeDefined();
    expect((await storedCampaign(world, draft.id)).status).toBe("draft");
  });

  it("starting a scheduled campaign by hand starts it now; completing it ends it now", async () => {
    const owner = campaignsAs("tenant owner");
    const id = await campaignIn(world, world.tenantA.id, "scheduled");
    const started = await owner.changeStatus({ id, to: "active" });
    expect(started.startsAt!.getTime()).toBeLessThanOrEqual(Date.now());
    const completed = await owner.changeStatus({ id, to: "completed" });
    expect(completed.endsAt!.getTime()).toBeLessThanOrEqual(Date.now());
  });
});

describe("the audience and its live count", () => {
  it("counts only customers who consent on a chosen channel, within the filters", async () => {
    const tag = `audience-${Date.now()}`;
    const add = (customer: Omit<Parameters<typeof customerFor>[2], "tag">) =>
      customerFor(world, world.tenantA.id, { tag, ...customer });
    await add({
      location: "Kilimani, Nairobi",
      lifetimeValue: 8000,
      consents: [["whatsapp", true]],
    });
    await add({ location: "Nyali, Mombasa", lifetimeValue: 2000, consents: [["whatsapp", true]] });
    // Agreed, then opted out: the latest row holds.
    await add({
      location: "Kilimani",
      consents: [
        ["whatsapp", true],
        ["whatsapp", false],
      ],
    });
    await add({ location: "Kilimani" }); // never asked
    await add({ location: "Kilimani", consents: [["sms", true]] });
    // Agreed to email but has no address: unreachable there.
    await add({ location: "Kilimani", consents: [["email", true]] });

    const preview = campaignsAs("tenant viewer").audiencePreview;
    const all = await preview({ channels: ["whatsapp"], audience: { tags: [tag] } });
    expect(all).toMatchObject({ matching: 6, reachable: 2, byChannel: { whatsapp: 2, sms: 0 } });
    const kilimani = await preview({
      channels: ["whatsapp", "sms", "email"],
      audience: { tags: [tag], location: "kilimani" },
    });
    expect(kilimani).toMatchObject({
      matching: 5,
      reachable: 2,
      byChannel: { whatsapp: 1, sms: 1, email: 0 },
    });
    const valuable = await preview({
      channels: ["whatsapp"],
      audience: { tags: [tag], minLifetimeValue: "5,000", maxLifetimeValue: "10000" },
    });
    expect(valuable).toMatchObject({ matching: 1, reachable: 1 });
    const none = await preview({ channels: [], audience: { tags: [tag] } });
    expect(none.reachable).toBe(0);

    // Tenant B counts none of A's customers.
    const asB = await campaignsAs(bOwner).audiencePreview({
      channels: ["whatsapp"],
      audience: { tags: [tag] },
    });
    expect(asB).toMatchObject({ matching: 0, reachable: 0 });
  });

  it("counts a large audience: 40,000 consenting customers within a filter", async () => {
    // More customers than PostgreSQL takes bind parameters in one statement (32,767 through the
    // driver), so the count must not pass their ids back as a list.
    const tag = `crowd-${Date.now()}`;
    await world.owner.query(
      `WITH added AS (
         INSERT INTO customers (tenant_id, phone, first_name, tags)
         SELECT $1, '+2547' || lpad(n::text, 8, '0'), 'Crowd ' || n, ARRAY[$2]
         FROM generate_series(50000001, 50040000) AS n
         RETURNING id)
       INSERT INTO customer_consents (tenant_id, customer_id, channel, granted, source)
       SELECT $1, id, 'whatsapp', true, 'csv_import' FROM added`,
      [world.tenantA.id, tag],
    );
    const preview = await campaignsAs("tenant owner").audiencePreview({
      channels: ["whatsapp"],
      audience: { tags: [tag] },
    });
    expect(preview).toMatchObject({ matching: 40000, reachable: 40000 });
    await world.owner.query(
      "DELETE FROM customer_consents WHERE customer_id IN (SELECT id FROM customers WHERE $1 = ANY (tags))",
      [tag],
    );
    await world.owner.query("DELETE FROM customers WHERE $1 = ANY (tags)", [tag]);
  });

  it("reads the demo data's older audience and message shapes", async () => {
    const { rows } = await world.owner.query<{ id: string }>(
      `INSERT INTO campaigns (tenant_id, name, type, channels, content, target_audience)
       VALUES ($1, 'Old shape', 'nurture', '{whatsapp,facebook}', $2, $3) RETURNING id`,
      [
        world.tenantA.id,
        JSON.stringify({ message: "Karibu!", language: "sw" }),
        JSON.stringify({ tags: ["buyer"], languages: ["sw"] }),
      ],
    );
    const campaign = await campaignsAs("tenant owner").get({ id: rows[0]!.id });
    expect(campaign).toMatchObject({
      channels: ["whatsapp"],
      otherChannels: ["facebook"],
      content: { whatsapp: "Karibu!" },
      audience: { tags: ["buyer"], language: "sw" },
    });
  });
});

describe("isolation and roles", () => {
  it("tenant B gets NOT_FOUND for A's campaign and A's campaign is unchanged; B's list holds none of A's", async () => {
    const draft = await campaignsAs("tenant owner").create(ready());
    const active = await campaignIn(world, world.tenantA.id, "active");
    const before = [await storedCampaign(world, draft.id), await storedCampaign(world, active)];
    const b = campaignsAs(bOwner);
    await refusedWith(b.get({ id: draft.id }), "NOT_FOUND");
    await refusedWith(b.update({ id: draft.id, name: "Mine now" }), "NOT_FOUND");
    await refusedWith(b.changeStatus({ id: draft.id, to: "scheduled" }), "NOT_FOUND");
    await refusedWith(b.changeStatus({ id: active, to: "paused" }), "NOT_FOUND");
    await refusedWith(b.deleteDraft({ id: draft.id }), "NOT_FOUND");
    expect([await storedCampaign(world, draft.id), await storedCampaign(world, active)]).toEqual(
      before,
    );

    const { rows } = await world.owner.query<{ id: string }>(
      "SELECT id FROM campaigns WHERE tenant_id = $1",
      [world.tenantA.id],
    );
    const aIds = new Set(rows.map((row) => row.id));
    const list = await b.list({ pageSize: 100 });
    expect(list.rows.filter((row) => aIds.has(row.id))).toEqual([]);
  });

  it.each(["tenant viewer", "impersonating owner (read-only)"] as const)(
    "%s reads campaigns but cannot change them",
    async (person) => {
      const id = await campaignIn(world, world.tenantA.id, "active");
      const draft = await campaignIn(world, world.tenantA.id, "draft");
      const before = await storedCampaign(world, id);
      const viewer = campaignsAs(person);
      expect((await viewer.get({ id })).id).toBe(id);
      const count = await campaignCount(world.tenantA.id);
      await refusedWith(viewer.create(ready()), "FORBIDDEN");
      await refusedWith(viewer.update({ id: draft, name: "No" }), "FORBIDDEN");
      await refusedWith(viewer.changeStatus({ id, to: "paused" }), "FORBIDDEN");
      await refusedWith(viewer.deleteDraft({ id: draft }), "FORBIDDEN");
      expect(await storedCampaign(world, id)).toEqual(before);
      expect(await campaignCount(world.tenantA.id)).toBe(count);
    },
  );

  it("PostgreSQL refuses a viewer's writes even past the API", async () => {
    const id = await campaignIn(world, world.tenantA.id, "active");
    const before = await storedCampaign(world, id);
    const viewer = world.sessions["tenant viewer"] as TenantSessionClaims;
    const actor = {
      type: "tenant",
      tenantId: world.tenantA.id,
      userId: viewer.userId,
      role: "viewer",
    } as const;
    const updated = await world.database.runUnitOfWork(actor, (db) =>
      db.campaign.updateMany({ where: { id }, data: { status: "paused" } }),
    );
    expect(updated.count).toBe(0);
    await expect(
      world.database.runUnitOfWork(actor, (db) =>
        db.campaign.createMany({ data: [{ name: "Sneaky", type: "sms" }] }),
      ),
    ).rejects.toThrow();
    expect(await storedCampaign(world, id)).toEqual(before);
  });

  it("staff and admins run campaigns", async () => {
    for (const person of ["tenant staff", "tenant admin"] as const) {
      const campaign = await campaignsAs(person).create(ready());
      const scheduled = await campaignsAs(person).changeStatus({
        id: campaign.id,
        to: "scheduled",
      });
      expect(scheduled.status).toBe("scheduled");
    }
  });
});
