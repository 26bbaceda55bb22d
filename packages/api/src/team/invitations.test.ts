import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/passwords";
import { verifyTenantSignIn } from "../auth/sign-in";
import { createSignInLimits } from "../auth/sign-in-limits";
import type { SessionClaims } from "../auth/session";
import { createApiWorld, type ApiWorld } from "../testing/api-world";
import { appRouter } from "../root";
import { createCallerFactory } from "../trpc/init";
import { acceptInvitation, INVALID_INVITATION_MESSAGE } from "./accept-invitation";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const PASSWORD = "jacaranda blooms in october";
// createCallerFor's context, on this file's database and mutation limit.
const call = (session: SessionClaims | null) =>
  createCallerFactory(appRouter)({ ...world.contextFor("anonymous"), session });
const teamOf = (person: Parameters<ApiWorld["contextFor"]>[0]) =>
  call(world.sessions[person]).tenant.team;

/** Invites `email` as the tenant owner and returns the token from the outbox's link. */
async function invite(email: string, role: "staff" | "admin" | "viewer" = "staff") {
  const invited = await teamOf("tenant owner").invite({
    email,
    fullName: "Wanjiru Kamau",
    role,
    permissions: role === "staff" ? ["website.edit"] : [],
  });
  const { rows } = await world.owner.query<{ payload: { link: string } }>(
    "SELECT payload FROM outbox_messages WHERE kind = 'invitation' AND recipient = $1 ORDER BY created_at DESC LIMIT 1",
    [email],
  );
  const link = new URL(rows[0]?.payload.link ?? "");
  // The inviter sees the same link once, to pass on themselves.
  expect(invited.link).toBe(link.toString());
  expect(link.pathname).toMatch(/^\/invite\/[\w-]{40,}$/);
  return { ...invited, token: link.pathname.split("/").at(-1) ?? "" };
}

async function invitee(email: string) {
  const { rows } = await world.owner.query<{
    password_hash: string | null;
    accepted_at: Date | null;
    role: string;
    permissions: string[];
  }>(
    `SELECT u.password_hash, i.accepted_at, u.role::text, u.permissions
     FROM tenant_users u JOIN invitations i ON i.tenant_user_id = u.id
     WHERE u.tenant_id = $1 AND u.email = $2 ORDER BY i.created_at DESC LIMIT 1`,
    [world.tenantA.id, email],
  );
  return rows[0];
}

function signIn(email: string, password: string) {
  return verifyTenantSignIn(
    { subdomain: world.tenantA.subdomain, email, password, ip: "197.232.10.9" },
    {
      database: world.database,
      limits: createSignInLimits({ kind: "postgres", pool: world.rateLimitPool }),
      accountKeySecret: "test-secret-for-account-hashes-0123456789",
      verifyPassword,
    },
  );
}

async function refusedWith(promise: Promise<unknown>, code: TRPCError["code"]) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
}

describe("inviting someone to the team", () => {
  it("invite → accept → the new member signs in (email compared case-insensitively)", async () => {
    const { token, invitationId } = await invite("Wanjiru.New@Example.com");
    const stored = await world.owner.query(
      "SELECT token_hash, expires_at - created_at AS lifetime FROM invitations WHERE id = $1",
      [invitationId],
    );
    expect(stored.rows[0].token_hash).not.toContain(token);
    expect(stored.rows[0].lifetime.days).toBe(7);
    expect(await invitee("wanjiru.new@example.com")).toMatchObject({
      password_hash: null,
      role: "staff",
      permissions: ["website.edit"],
    });
    const listed = await teamOf("tenant owner").list();
    expect(listed.pendingInvites.map((i) => i.id)).toContain(invitationId);

    const audit = await world.owner.query(
      "SELECT actor_user_id, entity, entity_id FROM audit_logs WHERE action = 'tenant.team.invite'",
    );
    expect(audit.rows).toContainEqual({
      actor_user_id: world.sessions["tenant owner"]?.userId,
      entity: "invitation",
      entity_id: invitationId,
    });

    expect(await signIn("wanjiru.new@example.com", PASSWORD)).toMatchObject({ ok: false });
    const accepted = await acceptInvitation(
      { token, password: PASSWORD, ip: null },
      world.database,
    );
    expect(accepted).toEqual({ ok: true, signInPath: `/${world.tenantA.subdomain}/login` });
    const signedIn = await signIn("WANJIRU.NEW@example.com", PASSWORD);
    expect(signedIn).toMatchObject({ ok: true, claims: { role: "staff" } });
    const after = await teamOf("tenant owner").list();
    expect(after.pendingInvites.map((i) => i.id)).not.toContain(invitationId);
    expect(after.members.map((m) => m.email)).toContain("Wanjiru.New@Example.com");
  });

  it("a used link is refused and changes nothing", async () => {
    const { token } = await invite("used.once@example.com");
    expect(
      await acceptInvitation({ token, password: PASSWORD, ip: null }, world.database),
    ).toMatchObject({ ok: true });
    const before = await invitee("used.once@example.com");
    const again = await acceptInvitation(
      { token, password: "someone else's password", ip: null },
      world.database,
    );
    expect(again).toEqual({ ok: false, field: "token", message: INVALID_INVITATION_MESSAGE });
    expect(await invitee("used.once@example.com")).toEqual(before);
  });

  it("an expired link is refused and changes nothing", async () => {
    const { token, invitationId } = await invite("too.late@example.com");
    await world.owner.query(
      "UPDATE invitations SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day' WHERE id = $1",
      [invitationId],
    );
    const result = await acceptInvitation({ token, password: PASSWORD, ip: null }, world.database);
    expect(result).toMatchObject({ ok: false, field: "token" });
    expect(await invitee("too.late@example.com")).toMatchObject({
      password_hash: null,
      accepted_at: null,
    });
  });

  it("a revoked link is refused, and the email can be invited again", async () => {
    const { token, invitationId } = await invite("changed.mind@example.com");
    await teamOf("tenant admin").revokeInvite({ invitationId });
    const result = await acceptInvitation({ token, password: PASSWORD, ip: null }, world.database);
    expect(result).toMatchObject({ ok: false, field: "token" });
    expect(await invitee("changed.mind@example.com")).toMatchObject({ accepted_at: null });
    await expect(invite("changed.mind@example.com")).resolves.toBeTruthy();
  });

  it("a weak password is refused and the link still works", async () => {
    const { token } = await invite("weak.password@example.com");
    const weak = await acceptInvitation(
      { token, password: "password123", ip: null },
      world.database,
    );
    expect(weak).toMatchObject({ ok: false, field: "password" });
    expect(await invitee("weak.password@example.com")).toMatchObject({ password_hash: null });
    const strong = await acceptInvitation({ token, password: PASSWORD, ip: null }, world.database);
    expect(strong).toMatchObject({ ok: true });
  });

  it("refuses a member's email (any case) or a pending invitee's with CONFLICT", async () => {
    const member = `STAFF@${world.tenantA.subdomain}.demo.aizalo.test`;
    await refusedWith(
      teamOf("tenant owner").invite({
        email: member,
        fullName: "Dup",
        role: "staff",
        permissions: [],
      }),
      "CONFLICT",
    );
    await invite("pending.person@example.com");
    await refusedWith(invite("Pending.Person@example.com"), "CONFLICT");
  });

  it("nobody invites above their own role: an admin cannot invite an owner", async () => {
    const asAdmin = teamOf("tenant admin").invite({
      email: "new.owner@example.com",
      fullName: "New Owner",
      role: "owner",
      permissions: [],
    });
    await refusedWith(asAdmin, "FORBIDDEN");
    const { rowCount } = await world.owner.query(
      "SELECT 1 FROM tenant_users WHERE email = 'new.owner@example.com'",
    );
    expect(rowCount).toBe(0);
  });

  it("staff and viewers without team.manage cannot invite or list (FORBIDDEN)", async () => {
    for (const person of ["tenant staff", "tenant viewer"] as const) {
      await refusedWith(
        teamOf(person).invite({
          email: "sneaky@example.com",
          fullName: "Sneaky",
          role: "viewer",
          permissions: [],
        }),
        "FORBIDDEN",
      );
      await refusedWith(teamOf(person).list(), "FORBIDDEN");
    }
  });

  it("staff granted team.manage may invite, but not hand out permissions they lack", async () => {
    const staffId = world.sessions["tenant staff"]?.userId;
    await world.owner.query("UPDATE tenant_users SET permissions = '{team.manage}' WHERE id = $1", [
      staffId,
    ]);
    try {
      const escalate = teamOf("tenant staff").invite({
        email: "escalate@example.com",
        fullName: "Escalate",
        role: "staff",
        permissions: ["settings.write"],
      });
      await refusedWith(escalate, "FORBIDDEN");
      await expect(
        teamOf("tenant staff").invite({
          email: "helper@example.com",
          fullName: "Helper",
          role: "viewer",
          permissions: [],
        }),
      ).resolves.toMatchObject({ invitationId: expect.any(String) });
    } finally {
      await world.owner.query("UPDATE tenant_users SET permissions = '{}' WHERE id = $1", [
        staffId,
      ]);
    }
  });

  it("another business's invitation id answers NOT_FOUND and stays as it was", async () => {
    const { rows } = await world.owner.query<{ id: string }>(
      `INSERT INTO tenant_users (tenant_id, email, full_name, role)
       VALUES ($1, 'b.invitee@example.com', 'B Invitee', 'staff') RETURNING id`,
      [world.tenantB.id],
    );
    const invitation = await world.owner.query<{ id: string }>(
      `INSERT INTO invitations (tenant_id, tenant_user_id, email, role, token_hash, expires_at)
       VALUES ($1, $2, 'b.invitee@example.com', 'staff', 'b-token-hash', now() + interval '7 days')
       RETURNING id`,
      [world.tenantB.id, rows[0]?.id],
    );
    const invitationId = invitation.rows[0]?.id ?? "";
    await refusedWith(teamOf("tenant owner").revokeInvite({ invitationId }), "NOT_FOUND");
    const after = await world.owner.query("SELECT revoked_at FROM invitations WHERE id = $1", [
      invitationId,
    ]);
    expect(after.rows).toEqual([{ revoked_at: null }]);
    const listed = await teamOf("tenant owner").list();
    expect(listed.pendingInvites.map((i) => i.id)).not.toContain(invitationId);
  });
});
