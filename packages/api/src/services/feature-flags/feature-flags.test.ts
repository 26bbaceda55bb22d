import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantSessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { actorFromSession } from "../../trpc/actor";
import { createCallerFactory } from "../../trpc/init";
import { isFeatureEnabled } from "./is-feature-enabled";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const flags = (person: PersonName) =>
  createCallerFactory(appRouter)(world.contextFor(person)).admin.flags;

/** What the API sees for `key`, reading as tenant A's own owner (its RLS, not the owner's). */
function enabledForTenantA(key: string) {
  const session = world.sessions["tenant owner"] as TenantSessionClaims;
  return world.database.runUnitOfWork(actorFromSession(session), (db) =>
    isFeatureEnabled(db, key, session.tenantId),
  );
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe("feature flags", () => {
  it("reads the global default, then a tenant's override, then the default again", async () => {
    const admin = flags("platform admin");
    await admin.create({ key: "reports.weekly_email", description: "Weekly summary by email" });
    expect(await enabledForTenantA("reports.weekly_email")).toBe(false);

    await admin.setGlobal({ key: "reports.weekly_email", enabled: true });
    expect(await enabledForTenantA("reports.weekly_email")).toBe(true);

    await admin.setOverride({
      key: "reports.weekly_email",
      tenantId: world.tenantA.id,
      enabled: false,
    });
    expect(await enabledForTenantA("reports.weekly_email")).toBe(false);
    // Another tenant's override is not tenant A's business.
    await admin.setOverride({
      key: "reports.weekly_email",
      tenantId: world.tenantB.id,
      enabled: true,
    });
    expect(await enabledForTenantA("reports.weekly_email")).toBe(false);

    const listed = (await admin.list()).find((flag) => flag.key === "reports.weekly_email");
    expect(listed?.enabled).toBe(true);
    expect(
      listed?.overrides.map((override) => [override.subdomain, override.enabled]).sort(),
    ).toEqual([
      ["jacaranda-homes", false],
      ["pwani-breeze", true],
    ]);

    await admin.removeOverride({ key: "reports.weekly_email", tenantId: world.tenantA.id });
    expect(await enabledForTenantA("reports.weekly_email")).toBe(true);

    const { rows } = await world.owner.query(
      "SELECT action, tenant_id, entity FROM audit_logs WHERE action LIKE 'admin.flags.%' ORDER BY id",
    );
    expect(rows.map((row) => row.action)).toEqual([
      "admin.flags.create",
      "admin.flags.setGlobal",
      "admin.flags.setOverride",
      "admin.flags.setOverride",
      "admin.flags.removeOverride",
    ]);
    expect(rows[2].tenant_id).toBe(world.tenantA.id);
  });

  it("treats a key nobody created as off, and refuses overrides for it", async () => {
    expect(await enabledForTenantA("no.such.feature")).toBe(false);
    const override = flags("platform owner").setOverride({
      key: "no.such.feature",
      tenantId: world.tenantA.id,
      enabled: true,
    });
    expect(await codeOf(override)).toBe("NOT_FOUND");
  });

  it("refuses a malformed key, and anyone but the owner and admins", async () => {
    expect(
      await codeOf(flags("platform owner").create({ key: "Bad Key!", description: "x" })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(flags("sales rep").list())).toBe("FORBIDDEN");
    expect(
      await codeOf(flags("tenant owner").setGlobal({ key: "ai.auto_reply", enabled: false })),
    ).toBe("FORBIDDEN");
    expect(await enabledForTenantA("ai.auto_reply")).toBe(true);
  });
});
