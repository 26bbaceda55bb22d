import type { Actor, Database } from "@aizalo/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionEndReason } from "../auth/recheck-session";
import type { SessionClaims } from "../auth/session";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { handleTrpcRequest } from "./handle-request";

// The per-request session re-check runs inside the call's own unit of work: one transaction
// per call, and an ended session still answers UNAUTHORIZED with the reason.

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(async () => {
  await world?.close();
});

/** The world's real database, counting the units of work the people's calls open. */
function countingDatabase(database: Database) {
  const opened: Actor[] = [];
  const counting: Database = {
    runUnitOfWork(actor, work, options) {
      // The api_usage log writes as a system service, on its own schedule: not the call's.
      if (actor.type !== "system") opened.push(actor);
      return database.runUnitOfWork(actor, work, options);
    },
    disconnect: () => database.disconnect(),
  };
  return { counting, opened };
}

async function get(path: string, session: SessionClaims | null) {
  const { counting, opened } = countingDatabase(world.database);
  const ended: SessionEndReason[] = [];
  const response = await handleTrpcRequest(
    new Request(`http://localhost/api/trpc/${path}`),
    session,
    { database: counting, onSessionEnded: (reason) => ended.push(reason) },
  );
  const body = (await response.json()) as {
    result?: { data?: { json?: unknown } };
    error?: { json?: { message: string; data: { code: string; sessionEnded: string | null } } };
  };
  return { status: response.status, body, opened, ended };
}

/** A tenant user's claims as sign-in issues them, for a user of this test's own. */
async function newTeammate(role: "staff" | "viewer"): Promise<SessionClaims> {
  const { rows } = await world.owner.query<{ id: string }>(
    `INSERT INTO tenant_users (tenant_id, email, full_name, role)
     VALUES ($1, $2, 'Wanjiru Kamau', $3) RETURNING id`,
    [world.tenantA.id, `wanjiru.${role}.${Date.now()}@example.co.ke`, role],
  );
  return {
    userType: "tenant",
    userId: String(rows[0]?.id),
    role,
    tenantId: world.tenantA.id,
    subdomain: world.tenantA.subdomain,
    sessionVersion: 1,
  };
}

describe("the session re-check of an API call", () => {
  it("shares the call's one unit of work", async () => {
    const claims = await newTeammate("staff");
    const answer = await get("tenant.me", claims);
    expect(answer.status).toBe(200);
    expect(answer.body.result?.data?.json).toMatchObject({ user: { id: claims.userId } });
    expect(answer.opened).toHaveLength(1);
    expect(answer.ended).toEqual([]);
  });

  it("ends a deactivated user's session: 401 with the reason, still one unit of work", async () => {
    const claims = await newTeammate("staff");
    await world.owner.query(
      "UPDATE tenant_users SET is_active = false, session_version = session_version + 1 WHERE id = $1",
      [claims.userId],
    );
    const answer = await get("tenant.me", claims);
    expect(answer.status).toBe(401);
    expect(answer.body.error?.json).toMatchObject({
      message: "You were signed out: your account was deactivated.",
      data: { code: "UNAUTHORIZED", sessionEnded: "account-deactivated" },
    });
    expect(answer.ended).toEqual(["account-deactivated"]);
    expect(answer.opened).toHaveLength(1);
  });

  it("tells a session whose role changed that it ended, rather than FORBIDDEN on the old role", async () => {
    const claims = await newTeammate("viewer");
    await world.owner.query(
      "UPDATE tenant_users SET role = 'admin', session_version = session_version + 1 WHERE id = $1",
      [claims.userId],
    );
    // The settings need owner or admin, which the JWT's viewer role is not.
    const answer = await get("tenant.settings.platformAccess.get", claims);
    expect(answer.status).toBe(401);
    expect(answer.body.error?.json?.data.sessionEnded).toBe("role-changed");
    expect(answer.ended).toEqual(["role-changed"]);
  });

  it("is not asked for a public call, nor without a session", async () => {
    expect((await get("tenant.me", null)).status).toBe(401);
    const health = await get("public.health", await newTeammate("staff"));
    expect(health.status).toBe(200);
    expect(health.opened).toEqual([]);
  });
});
