import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recheckSession } from "../auth/recheck-session";
import type { PlatformSessionClaims, SessionClaims, TenantSessionClaims } from "../auth/session";
import { appRouter } from "../root";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { tenantActor } from "../trpc/actor";
import { sqlStateOf } from "../trpc/error-mapping";
import { createCallerFactory } from "../trpc/init";
import { claimsForImpersonation, ownerClaimsOf } from "./impersonation-claims";
import { OPTED_OUT_MESSAGE } from "./start-impersonation";

let world: ApiWorld;
let owner: PlatformSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  owner = world.sessions["platform owner"] as PlatformSessionClaims;
});
afterAll(() => world.close());

// createCallerFor's context, on this file's database and mutation limit.
const call = (session: SessionClaims | null) =>
  createCallerFactory(appRouter)({ ...world.contextFor("anonymous"), session });
const REASON = "Customer asked us to check their campaign settings";

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

/** Starts a login as business A and returns the claims the session switch would put in the JWT. */
async function loginAsTenant(allowChanges: boolean): Promise<TenantSessionClaims> {
  const started = await call(owner).admin.tenants.startImpersonation({
    tenantId: world.tenantA.id,
    reason: REASON,
    allowChanges,
  });
  const granted = await claimsForImpersonation(
    owner,
    started.impersonationSessionId,
    world.database,
  );
  if (!granted) throw new Error("no claims for a session just started");
  return granted.claims;
}

describe("login as tenant", () => {
  it("is the platform owner's alone: an admin is FORBIDDEN", async () => {
    const asAdmin = call(world.sessions["platform admin"]).admin.tenants.startImpersonation({
      tenantId: world.tenantA.id,
      reason: REASON,
      allowChanges: false,
    });
    expect(await codeOf(asAdmin)).toBe("FORBIDDEN");
  });

  it("answers NOT_FOUND for a business that does not exist", async () => {
    const start = call(owner).admin.tenants.startImpersonation({
      tenantId: "00000000-0000-4000-8000-000000000000",
      reason: REASON,
      allowChanges: false,
    });
    expect(await codeOf(start)).toBe("NOT_FOUND");
  });

  it("needs a reason of at least 10 characters", async () => {
    const start = (reason: string) =>
      call(owner).admin.tenants.startImpersonation({
        tenantId: world.tenantA.id,
        reason,
        allowChanges: false,
      });
    expect(await codeOf(start("   help   "))).toBe("BAD_REQUEST");
    expect(await codeOf(start(""))).toBe("BAD_REQUEST");
  });

  it("is refused, with a message the owner sees, when the business opted out", async () => {
    const tenantOwner = call(world.sessions["tenant owner"]).tenant.settings.platformAccess;
    await tenantOwner.set({ allowPlatformLogin: false });
    try {
      expect(await tenantOwner.get()).toMatchObject({ allowPlatformLogin: false });
      const seenByOwner = call(owner).admin.tenants.platformAccess({ tenantId: world.tenantA.id });
      await expect(seenByOwner).resolves.toMatchObject({ allowPlatformLogin: false });
      const start = call(owner).admin.tenants.startImpersonation({
        tenantId: world.tenantA.id,
        reason: REASON,
        allowChanges: true,
      });
      await expect(start).rejects.toMatchObject({ code: "FORBIDDEN", message: OPTED_OUT_MESSAGE });
    } finally {
      await tenantOwner.set({ allowPlatformLogin: true });
    }
  });

  it("grants viewer or admin claims that carry both ids, for 30 minutes", async () => {
    const started = await call(owner).admin.tenants.startImpersonation({
      tenantId: world.tenantA.id,
      reason: REASON,
      allowChanges: false,
    });
    const lifetime = started.expiresAt.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(29 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(30 * 60_000);
    const granted = await claimsForImpersonation(
      owner,
      started.impersonationSessionId,
      world.database,
    );
    expect(granted?.claims).toEqual({
      userType: "tenant",
      userId: owner.userId,
      role: "viewer",
      tenantId: world.tenantA.id,
      subdomain: world.tenantA.subdomain,
      sessionVersion: owner.sessionVersion,
      impersonatorId: owner.userId,
      impersonationSessionId: started.impersonationSessionId,
    });
    // Someone else's session id grants nothing.
    const admin = world.sessions["platform admin"] as PlatformSessionClaims;
    expect(
      await claimsForImpersonation(admin, started.impersonationSessionId, world.database),
    ).toBeNull();
  });

  it("read-only cannot write: FORBIDDEN at the API and 42501 in PostgreSQL", async () => {
    const readOnly = await loginAsTenant(false);
    const invite = call(readOnly).tenant.team.invite({
      email: "from.viewer@example.com",
      fullName: "From Viewer",
      role: "viewer",
      permissions: [],
    });
    expect(await codeOf(invite)).toBe("FORBIDDEN");
    // Past the API, straight into a unit of work as the same actor.
    const write = world.database.runUnitOfWork(
      tenantActor(readOnly),
      (db) =>
        db.$executeRaw`INSERT INTO tenant_settings (category, key, value)
        VALUES ('privacy', 'probe', 'true'::jsonb)`,
    );
    const error = await write.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(sqlStateOf(error)).toBe("42501");
    // Reading still works.
    await expect(call(readOnly).tenant.me()).resolves.toMatchObject({ user: null });
  });

  it("read-write can write, and each action is audited with both ids", async () => {
    const readWrite = await loginAsTenant(true);
    const invited = await call(readWrite).tenant.team.invite({
      email: "from.platform@example.com",
      fullName: "From Platform",
      role: "staff",
      permissions: [],
    });
    const { rows } = await world.owner.query(
      `SELECT actor_user_type::text, actor_user_id, impersonator_id, tenant_id FROM audit_logs
       WHERE action = 'tenant.team.invite' AND entity_id = $1`,
      [invited.invitationId],
    );
    expect(rows).toEqual([
      {
        actor_user_type: "tenant",
        actor_user_id: owner.userId,
        impersonator_id: owner.userId,
        tenant_id: world.tenantA.id,
      },
    ]);
    const started = await world.owner.query(
      `SELECT tenant_id FROM audit_logs
       WHERE action = 'admin.tenants.startImpersonation' AND entity_id = $1`,
      [readWrite.impersonationSessionId],
    );
    expect(started.rows).toEqual([{ tenant_id: world.tenantA.id }]);
  });

  it("the business decides its opt-out, not the owner logged in as it", async () => {
    const readWrite = await loginAsTenant(true);
    const set = call(readWrite).tenant.settings.platformAccess.set({ allowPlatformLogin: true });
    expect(await codeOf(set)).toBe("FORBIDDEN");
  });

  it("after expires_at the session is refused everywhere", async () => {
    const readWrite = await loginAsTenant(true);
    await world.owner.query(
      `UPDATE impersonation_sessions
       SET started_at = now() - interval '31 minutes', expires_at = now() - interval '1 minute'
       WHERE id = $1`,
      [readWrite.impersonationSessionId],
    );
    expect(await codeOf(call(readWrite).tenant.me())).toBe("UNAUTHORIZED");
    expect(await recheckSession(readWrite, world.database)).toMatchObject({
      ok: false,
      reason: "impersonation-ended",
    });
    expect(
      await claimsForImpersonation(owner, readWrite.impersonationSessionId ?? "", world.database),
    ).toBeNull();
  });

  it("Stop ends it at once and is audited; the owner's own claims come back", async () => {
    const readOnly = await loginAsTenant(false);
    const id = readOnly.impersonationSessionId ?? "";
    const back = ownerClaimsOf(readOnly);
    expect(back).toEqual(owner);
    await expect(
      call(back).admin.tenants.stopImpersonation({ impersonationSessionId: id }),
    ).resolves.toEqual({ tenantId: world.tenantA.id, stopped: true });
    expect(await codeOf(call(readOnly).tenant.me())).toBe("UNAUTHORIZED");
    const { rowCount } = await world.owner.query(
      "SELECT 1 FROM audit_logs WHERE action = 'admin.tenants.stopImpersonation' AND entity_id = $1",
      [id],
    );
    expect(rowCount).toBe(1);
  });

  it("at most one live session per owner: starting another ends the previous", async () => {
    const first = await loginAsTenant(false);
    await loginAsTenant(false);
    // The per-request session check looks at the session's own row.
    expect(await recheckSession(first, world.database)).toMatchObject({
      ok: false,
      reason: "impersonation-ended",
    });
  });
});
