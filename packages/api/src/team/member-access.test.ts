import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantRole } from "@aizalo/db";
import type { TenantSessionClaims } from "../auth/session";
import { recheckSession } from "../auth/recheck-session";
import { callerFor, refusedWith, tenantBOwner } from "../routers/tenant/customers.test-world";
import { createApiWorld, type ApiWorld, type PersonName } from "../testing/api-world";
import { toTrpcError } from "../trpc/error-mapping";
import { LAST_OWNER_MESSAGE } from "./member-access";

let world: ApiWorld;
let bOwner: TenantSessionClaims;
beforeAll(async () => {
  world = await createApiWorld();
  bOwner = await tenantBOwner(world);
});
afterAll(() => world.close());

const teamAs = (person: PersonName | TenantSessionClaims) => callerFor(world, person).tenant.team;

/** A member of tenant A (or `tenantId`) made for one test, signed in with a fresh session. */
async function member(role: TenantRole, tenantId?: string): Promise<TenantSessionClaims> {
  const tenant = tenantId ?? world.tenantA.id;
  const { rows } = await world.owner.query<{ id: string }>(
    `INSERT INTO tenant_users (tenant_id, email, full_name, role, password_hash)
     VALUES ($1, $2, 'Achieng Otieno', $3, 'argon2-hash-for-tests') RETURNING id`,
    [tenant, `${role}.${randomUUID().slice(0, 8)}@example.co.ke`, role],
  );
  const subdomain = tenant === world.tenantA.id ? world.tenantA.subdomain : world.tenantB.subdomain;
  return {
    userType: "tenant",
    userId: String(rows[0]?.id),
    role,
    tenantId: tenant,
    subdomain,
    sessionVersion: 1,
  };
}

async function stored(userId: string) {
  const { rows } = await world.owner.query(
    "SELECT role::text, is_active, permissions, session_version FROM tenant_users WHERE id = $1",
    [userId],
  );
  return rows[0];
}

/** Owners of tenant A who can sign in. */
async function usableOwners(tenantId = world.tenantA.id) {
  const { rows } = await world.owner.query(
    `SELECT id FROM tenant_users WHERE tenant_id = $1 AND role = 'owner' AND is_active
       AND deleted_at IS NULL AND password_hash IS NOT NULL`,
    [tenantId],
  );
  return rows.map((row) => String(row.id));
}

describe("changing a member's role and permissions", () => {
  it("the owner makes a staff member an admin: their sessions end, and it is audited", async () => {
    const staff = await member("staff");
    await world.owner.query(
      "UPDATE tenant_users SET permissions = '{website.edit}' WHERE id = $1",
      [staff.userId],
    );
    await expect(
      teamAs("tenant owner").changeRole({ userId: staff.userId, role: "admin" }),
    ).resolves.toEqual({ changed: true });
    expect(await stored(staff.userId)).toEqual({
      role: "admin",
      is_active: true,
      permissions: [],
      session_version: 2,
    });
    const check = await recheckSession(staff, world.database);
    expect(check).toMatchObject({ ok: false, reason: "role-changed" });
    const { rows } = await world.owner.query(
      "SELECT actor_user_id, changed_fields FROM audit_logs WHERE action = 'tenant.team.changeRole' AND entity_id = $1",
      [staff.userId],
    );
    expect(rows).toEqual([
      {
        actor_user_id: world.sessions["tenant owner"]?.userId,
        changed_fields: ["role", "session_version"],
      },
    ]);
  });

  it("an admin changes staff and viewers but never an owner, and cannot make owners", async () => {
    const viewer = await member("viewer");
    const otherOwner = await member("owner");
    await teamAs("tenant admin").changeRole({ userId: viewer.userId, role: "staff" });
    expect(await stored(viewer.userId)).toMatchObject({ role: "staff" });
    const promote = await refusedWith(
      teamAs("tenant admin").changeRole({ userId: viewer.userId, role: "owner" }),
      "FORBIDDEN",
    );
    expect(promote.message).toMatch(/Only an owner/);
    await refusedWith(
      teamAs("tenant admin").changeRole({ userId: otherOwner.userId, role: "viewer" }),
      "FORBIDDEN",
    );
    await refusedWith(
      teamAs("tenant admin").setActive({ userId: otherOwner.userId, active: false }),
      "FORBIDDEN",
    );
    expect(await stored(otherOwner.userId)).toMatchObject({ role: "owner", is_active: true });
  });

  it("permissions add to staff only; an unknown permission is a field error", async () => {
    const staff = await member("staff");
    await teamAs("tenant admin").changePermissions({
      userId: staff.userId,
      permissions: ["website.edit", "settings.write", "website.edit"],
    });
    expect(await stored(staff.userId)).toMatchObject({
      permissions: ["settings.write", "website.edit"],
      session_version: 1,
    });
    const viewer = await member("viewer");
    const refused = await refusedWith(
      teamAs("tenant admin").changePermissions({
        userId: viewer.userId,
        permissions: ["team.manage"],
      }),
      "BAD_REQUEST",
    );
    expect(refused.message).toMatch(/staff only/);
    await refusedWith(
      teamAs("tenant admin").changePermissions({
        userId: staff.userId,
        permissions: ["root.access" as "team.manage"],
      }),
      "BAD_REQUEST",
    );
    expect(await stored(viewer.userId)).toMatchObject({ permissions: [] });
  });

  it("nobody changes their own access through the API", async () => {
    const admin = await member("admin");
    await refusedWith(
      teamAs(admin).changeRole({ userId: admin.userId, role: "viewer" }),
      "FORBIDDEN",
    );
    await refusedWith(
      teamAs(admin).setActive({ userId: admin.userId, active: false }),
      "FORBIDDEN",
    );
    expect(await stored(admin.userId)).toMatchObject({ role: "admin", is_active: true });
  });

  it("staff (even with team.manage) and viewers cannot change roles, permissions or activity", async () => {
    const target = await member("viewer");
    const staff = await member("staff");
    await world.owner.query("UPDATE tenant_users SET permissions = '{team.manage}' WHERE id = $1", [
      staff.userId,
    ]);
    for (const person of [staff, "tenant viewer", "impersonating owner (read-only)"] as const) {
      await refusedWith(
        teamAs(person).changeRole({ userId: target.userId, role: "admin" }),
        "FORBIDDEN",
      );
      await refusedWith(
        teamAs(person).changePermissions({ userId: target.userId, permissions: [] }),
        "FORBIDDEN",
      );
      await refusedWith(
        teamAs(person).setActive({ userId: target.userId, active: false }),
        "FORBIDDEN",
      );
      await refusedWith(teamAs(person).transferOwnership({ userId: target.userId }), "FORBIDDEN");
    }
    expect(await stored(target.userId)).toEqual({
      role: "viewer",
      is_active: true,
      permissions: [],
      session_version: 1,
    });
  });

  it("PostgreSQL refuses a viewer changing a role, and an admin changing an owner", async () => {
    const target = await member("owner");
    const viewer = world.sessions["tenant viewer"] as TenantSessionClaims;
    const admin = world.sessions["tenant admin"] as TenantSessionClaims;
    const asViewer = world.database.runUnitOfWork(
      { type: "tenant", tenantId: world.tenantA.id, userId: viewer.userId, role: "viewer" },
      (db) =>
        db.$executeRaw`UPDATE tenant_users SET role = 'viewer' WHERE id = ${target.userId}::uuid`,
    );
    // The viewer cannot see a row to update through RLS: nothing changes.
    await expect(asViewer).resolves.toBe(0);
    const asAdmin = world.database.runUnitOfWork(
      { type: "tenant", tenantId: world.tenantA.id, userId: admin.userId, role: "admin" },
      (db) =>
        db.$executeRaw`UPDATE tenant_users SET role = 'viewer' WHERE id = ${target.userId}::uuid`,
    );
    await expect(asAdmin).rejects.toThrow(/only a tenant owner/);
    expect(await stored(target.userId)).toMatchObject({ role: "owner" });
  });
});

describe("deactivating and reactivating", () => {
  it("deactivation ends the member's sessions; reactivation lets them back", async () => {
    const staff = await member("staff");
    await teamAs("tenant admin").setActive({ userId: staff.userId, active: false });
    expect(await stored(staff.userId)).toMatchObject({ is_active: false, session_version: 2 });
    await refusedWith(callerFor(world, staff).tenant.me(), "UNAUTHORIZED");
    await teamAs("tenant admin").setActive({ userId: staff.userId, active: true });
    expect(await stored(staff.userId)).toMatchObject({ is_active: true, session_version: 2 });
    await expect(
      callerFor(world, { ...staff, sessionVersion: 2 }).tenant.me(),
    ).resolves.toMatchObject({ role: "staff" });
  });
});

describe("the last owner", () => {
  it("PostgreSQL refuses the last usable owner stepping down, being deactivated or removed", async () => {
    const owners = await usableOwners();
    expect(owners).toContain(world.sessions["tenant owner"]?.userId);
    // A business of its own, with one owner, for this test.
    const lone = await member("owner", world.tenantB.id);
    await world.owner.query(
      "UPDATE tenant_users SET is_active = false WHERE tenant_id = $1 AND role = 'owner' AND id <> $2",
      [world.tenantB.id, lone.userId],
    );
    try {
      const asLone = (sql: string) =>
        world.database.runUnitOfWork(
          { type: "tenant", tenantId: world.tenantB.id, userId: lone.userId, role: "owner" },
          (db) => db.$executeRawUnsafe(sql, lone.userId),
        );
      await expect(asLone("UPDATE tenant_users SET role = 'admin' WHERE id = $1")).rejects.toThrow(
        /at least one active owner/,
      );
      // Even platform staff and the owner role's maintenance cannot leave a business ownerless.
      await expect(
        world.owner.query("UPDATE tenant_users SET is_active = false WHERE id = $1", [lone.userId]),
      ).rejects.toThrow(/at least one active owner/);
      await expect(
        world.owner.query("DELETE FROM tenant_users WHERE id = $1", [lone.userId]),
      ).rejects.toThrow(/at least one active owner/);
      expect(await usableOwners(world.tenantB.id)).toEqual([lone.userId]);
    } finally {
      await world.owner.query(
        "UPDATE tenant_users SET is_active = true WHERE tenant_id = $1 AND role = 'owner'",
        [world.tenantB.id],
      );
    }
  });

  it("two owners demoting each other at once: PostgreSQL lets one through, never both", async () => {
    const first = await member("owner");
    const second = await member("owner");
    // Only these two are owners for the test: the seeded owner steps aside.
    const seeded = await usableOwners();
    const others = seeded.filter((id) => id !== first.userId && id !== second.userId);
    await world.owner.query("UPDATE tenant_users SET role = 'admin' WHERE id = ANY($1)", [others]);
    const connect = async () => {
      const client = new pg.Client({ connectionString: world.testDb.appUrl });
      await client.connect();
      return client;
    };
    const [one, two] = await Promise.all([connect(), connect()]);
    const begin = (client: pg.Client, as: TenantSessionClaims) =>
      client.query(
        `BEGIN; SELECT set_config('app.tenant_id', '${as.tenantId}', true),
          set_config('app.user_id', '${as.userId}', true), set_config('app.user_type', 'tenant', true),
          set_config('app.role', 'owner', true)`,
      );
    try {
      await begin(one, first);
      await begin(two, second);
      await one.query("UPDATE tenant_users SET role = 'admin' WHERE id = $1", [second.userId]);
      // Waits on the first's lock, then counts again once it has committed.
      const racing = two
        .query("UPDATE tenant_users SET role = 'admin' WHERE id = $1", [first.userId])
        .then(
          () => null,
          (error: unknown) => error,
        );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await one.query("COMMIT");
      const error = await racing;
      await two.query("ROLLBACK");
      expect(error).toMatchObject({ code: "AZ001" });
      expect(await usableOwners()).toEqual([first.userId]);
    } finally {
      await Promise.all([one.end(), two.end()]);
      await world.owner.query("UPDATE tenant_users SET role = 'owner' WHERE id = ANY($1)", [
        others,
      ]);
    }
  });

  it("through the API at once: one demotion wins, the business keeps an owner", async () => {
    const first = await member("owner");
    const second = await member("owner");
    const seeded = (await usableOwners()).filter(
      (id) => id !== first.userId && id !== second.userId,
    );
    await world.owner.query("UPDATE tenant_users SET role = 'admin' WHERE id = ANY($1)", [seeded]);
    try {
      const results = await Promise.allSettled([
        teamAs(first).changeRole({ userId: second.userId, role: "admin" }),
        teamAs(second).changeRole({ userId: first.userId, role: "admin" }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((result) => result.status === "rejected");
      // Refused by the lock (CONFLICT), the owner guard or the ended session: never both through.
      expect(String((refused as PromiseRejectedResult).reason?.code)).toMatch(
        /CONFLICT|FORBIDDEN|UNAUTHORIZED/,
      );
      expect(await usableOwners()).toHaveLength(1);
    } finally {
      await world.owner.query("UPDATE tenant_users SET role = 'owner' WHERE id = ANY($1)", [
        seeded,
      ]);
    }
  });

  it("a lost race answers CONFLICT with the rule in words", () => {
    // What PostgreSQL raises (0019's AZ001) when the API's own check was passed by a race.
    const raised = Object.assign(new Error("a business needs at least one active owner"), {
      code: "AZ001",
    });
    expect(toTrpcError(raised)).toMatchObject({ code: "CONFLICT", message: LAST_OWNER_MESSAGE });
  });
});

describe("transferring ownership", () => {
  it("the owner hands the business on: they become an admin, the other an owner", async () => {
    const owner = await member("owner");
    const admin = await member("admin");
    await expect(teamAs(owner).transferOwnership({ userId: admin.userId })).resolves.toEqual({
      newOwnerId: admin.userId,
    });
    expect(await stored(admin.userId)).toMatchObject({ role: "owner", session_version: 2 });
    expect(await stored(owner.userId)).toMatchObject({ role: "admin", session_version: 2 });
  });

  it("admins cannot transfer; nor to a deactivated member", async () => {
    const admin = await member("admin");
    const staff = await member("staff");
    await refusedWith(teamAs(admin).transferOwnership({ userId: staff.userId }), "FORBIDDEN");
    await refusedWith(
      teamAs("impersonating owner (changes allowed)").transferOwnership({ userId: staff.userId }),
      "FORBIDDEN",
    );
    await teamAs("tenant owner").setActive({ userId: staff.userId, active: false });
    const owner = await member("owner");
    await refusedWith(teamAs(owner).transferOwnership({ userId: staff.userId }), "BAD_REQUEST");
    expect(await stored(staff.userId)).toMatchObject({ role: "staff" });
    expect(await stored(owner.userId)).toMatchObject({ role: "owner" });
  });

  it("PostgreSQL lets an owner lower their own role, and nothing else of their own", async () => {
    const owner = await member("owner");
    const asOwner = (sql: string) =>
      world.database.runUnitOfWork(
        { type: "tenant", tenantId: world.tenantA.id, userId: owner.userId, role: "owner" },
        (db) => db.$executeRawUnsafe(sql, owner.userId),
      );
    await expect(
      asOwner("UPDATE tenant_users SET is_active = false WHERE id = $1"),
    ).rejects.toThrow(/nobody can change their own/);
    await expect(asOwner("UPDATE tenant_users SET role = 'admin' WHERE id = $1")).resolves.toBe(1);
    expect(await stored(owner.userId)).toMatchObject({ role: "admin", is_active: true });
  });
});

describe("another business", () => {
  it("tenant B with A's member ids: NOT_FOUND, and A's member unchanged", async () => {
    const target = await member("staff");
    const before = await stored(target.userId);
    const asB = teamAs(bOwner);
    await refusedWith(asB.changeRole({ userId: target.userId, role: "viewer" }), "NOT_FOUND");
    await refusedWith(
      asB.changePermissions({ userId: target.userId, permissions: [] }),
      "NOT_FOUND",
    );
    await refusedWith(asB.setActive({ userId: target.userId, active: false }), "NOT_FOUND");
    await refusedWith(asB.transferOwnership({ userId: target.userId }), "NOT_FOUND");
    expect(await stored(target.userId)).toEqual(before);
    const listed = await asB.list();
    expect(listed.members.map((m) => m.id)).not.toContain(target.userId);
  });
});
