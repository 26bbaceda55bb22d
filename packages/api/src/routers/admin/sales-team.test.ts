import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPassword } from "../../auth/password-reset";
import { recheckSession } from "../../auth/recheck-session";
import type { PlatformSessionClaims } from "../../auth/session";
import { appRouter } from "../../root";
import { createApiWorld, type ApiWorld, type PersonName } from "../../testing/api-world";
import { createCallerFactory } from "../../trpc/init";

let world: ApiWorld;
beforeAll(async () => {
  world = await createApiWorld();
});
afterAll(() => world.close());

const call = (person: PersonName) => createCallerFactory(appRouter)(world.contextFor(person));
const team = (person: PersonName = "platform admin") => call(person).admin.salesTeam;

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

async function inviteLink(email: string) {
  const { rows } = await world.owner.query<{ payload: { link: string }; tenant_id: string | null }>(
    `SELECT payload, tenant_id FROM outbox_messages
     WHERE kind = 'staff_invitation' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  expect(rows[0]?.tenant_id).toBeNull();
  return new URL(rows[0]?.payload.link ?? "");
}

describe("adding, editing and deactivating salespeople", () => {
  it("adds a rep with a set-password link in the outbox; the link sets their first password", async () => {
    const added = await team().add({
      fullName: "Zawadi Mutua",
      email: "Zawadi.Mutua@Example.com",
      phone: "0712 345 678",
      role: "sales",
    });
    const { rows } = await world.owner.query(
      "SELECT email::text, phone, role::text, password_hash FROM platform_users WHERE id = $1",
      [added.id],
    );
    expect(rows[0]).toEqual({
      email: "zawadi.mutua@example.com",
      phone: "+254712345678",
      role: "sales",
      password_hash: null,
    });
    const link = await inviteLink("zawadi.mutua@example.com");
    expect(link.pathname).toMatch(/^\/login\/reset\/[\w-]{40,}$/);

    const listed = await team().list();
    expect(listed.find((person) => person.id === added.id)).toMatchObject({
      invitationPending: true,
      isActive: true,
    });
    expect(JSON.stringify(listed)).not.toContain("password");

    const reset = await resetPassword(
      {
        token: link.pathname.split("/").at(-1) ?? "",
        newPassword: "mvua ya masika 2026",
        ip: null,
      },
      { database: world.database },
    );
    expect(reset).toEqual({ ok: true, signInPath: "/login" });
    expect((await team().list()).find((person) => person.id === added.id)?.invitationPending).toBe(
      false,
    );
    // Now that they have a password, no new link can be written into their account.
    expect((await failure(team().resendInvitation({ id: added.id }))).code).toBe("CONFLICT");
  });

  it("refuses a taken email and a bad phone with field errors, and owner/admin accounts look absent", async () => {
    const taken = await failure(
      team().add({
        fullName: "Another",
        email: "owner@demo.aizalo.test",
        phone: "",
        role: "support",
      }),
    );
    expect(taken.code).toBe("BAD_REQUEST");
    expect(taken.cause).toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    const phone = await failure(
      team().add({ fullName: "Another", email: "x@example.com", phone: "12", role: "support" }),
    );
    expect(phone.code).toBe("BAD_REQUEST");
    const ownerId = (world.sessions["platform owner"] as PlatformSessionClaims).userId;
    expect((await failure(team().setActive({ id: ownerId, active: false }))).code).toBe(
      "NOT_FOUND",
    );
    expect(
      (await failure(team().update({ id: ownerId, fullName: "X", phone: "", role: "sales" }))).code,
    ).toBe("NOT_FOUND");
  });

  it("the database refuses an admin writing a link into an owner's or admin's account", async () => {
    const adminId = (world.sessions["platform admin"] as PlatformSessionClaims).userId;
    const ownerId = (world.sessions["platform owner"] as PlatformSessionClaims).userId;
    const attempt = world.database.runUnitOfWork(
      { type: "platform", userId: adminId, role: "admin" },
      (db) => db.$executeRaw`
        INSERT INTO password_resets (user_type, platform_user_id, token_hash, expires_at)
        VALUES ('platform', ${ownerId}::uuid, 'not-a-real-hash', now() + interval '1 hour')`,
    );
    await expect(attempt).rejects.toThrow(/row-level security/);
  });

  it("deactivating ends the rep's sessions; a role change does too", async () => {
    const rep = world.sessions["sales rep"] as PlatformSessionClaims;
    const before = await recheckSession(rep, world.database, false);
    expect(before.ok).toBe(true);

    await team().setActive({ id: rep.userId, active: false });
    const after = await recheckSession(rep, world.database, false);
    expect(after).toMatchObject({ ok: false, reason: "account-deactivated" });
    const { rows } = await world.owner.query<{ session_version: number; is_active: boolean }>(
      "SELECT session_version, is_active FROM platform_users WHERE id = $1",
      [rep.userId],
    );
    expect(rows[0]).toEqual({ session_version: 2, is_active: false });
    await team().setActive({ id: rep.userId, active: true });

    const support = world.sessions.support as PlatformSessionClaims;
    const updated = await team().update({
      id: support.userId,
      fullName: "Support Person",
      phone: "+254 733 000 111",
      role: "sales",
    });
    expect(updated.roleChanged).toBe(true);
    expect((await recheckSession(support, world.database, false)).ok).toBe(false);
  });

  it("is refused to sales, support and business users", async () => {
    for (const person of ["sales rep", "support", "tenant owner", "tenant admin"] as PersonName[]) {
      expect((await failure(team(person).list())).code, person).toMatch(/FORBIDDEN|UNAUTHORIZED/);
      expect(
        (
          await failure(
            team(person).add({ fullName: "X", email: "y@example.com", phone: "", role: "sales" }),
          )
        ).code,
      ).toMatch(/FORBIDDEN|UNAUTHORIZED/);
    }
  });
});

describe("territories and commission rates", () => {
  it("creates, edits and assigns territories, refusing a non-rep and a duplicate name", async () => {
    const rep = (world.sessions["platform admin"] as PlatformSessionClaims).userId;
    const created = await team().createTerritory({
      name: "Nakuru",
      city: "Nakuru",
      assignedTo: "",
    });
    const notARep = await failure(
      team().updateTerritory({ id: created.id, name: "Nakuru", city: "Nakuru", assignedTo: rep }),
    );
    expect(notARep.cause).toMatchObject({ fieldErrors: { assignedTo: [expect.any(String)] } });
    const repId = (await team().list()).find(
      (person) => person.role === "sales" && person.isActive,
    )?.id;
    await team().updateTerritory({
      id: created.id,
      name: "Nakuru & Naivasha",
      city: "Nakuru",
      assignedTo: repId ?? "",
    });
    const territory = (await team().territories()).find((row) => row.id === created.id);
    expect(territory).toMatchObject({ name: "Nakuru & Naivasha", assignedTo: repId });
    const duplicate = await failure(
      team().createTerritory({ name: "Nakuru & Naivasha", city: "Nakuru", assignedTo: null }),
    );
    expect(duplicate.cause).toMatchObject({ fieldErrors: { name: [expect.any(String)] } });
  });

  it("rates are set by the owner only, as a new row from a date", async () => {
    const repId = (await team().list()).find((person) => person.role === "sales")?.id ?? "";
    const rates = {
      salesRepId: repId,
      setupRate: "11.25",
      recurringRate: "6",
      effectiveFrom: "2026-02-01T00:00",
    };
    expect((await failure(team("platform admin").setRates(rates))).code).toBe("FORBIDDEN");
    const set = await team("platform owner").setRates(rates);
    expect(set.setupRate.toFixed(2)).toBe("11.25");
    expect(set.effectiveFrom.toISOString()).toBe("2026-01-31T21:00:00.000Z");
    const history = await team().rateHistory({ id: repId });
    expect(history[0]?.id).toBe(set.id);
    expect((await failure(team("platform owner").setRates(rates))).code).toBe("BAD_REQUEST");
    expect(
      (await failure(team("platform owner").setRates({ ...rates, setupRate: "101" }))).code,
    ).toBe("BAD_REQUEST");
  });
});
