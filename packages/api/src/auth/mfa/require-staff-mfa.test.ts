import { TRPCError } from "@trpc/server";
import { describe, expect, it, vi } from "vitest";
import { createCallerFor } from "../../trpc/caller";
import { DEMO_PASSWORD, useAuthTestHarness } from "../auth-test-harness";
import { hashPassword } from "../passwords";
import { recheckSession } from "../recheck-session";
import { verifyPlatformSignIn } from "../sign-in";
import { mfaEncryptionKey, staffMfaRequired } from "./mfa-env";
import { mfaTestKit } from "./mfa-test-kit";

const h = useAuthTestHarness();
const kit = mfaTestKit(h);

describe("REQUIRE_STAFF_MFA", () => {
  it("keeps an owner without a second factor out of the admin area until they enrol", async () => {
    const owner = await kit.claimsOf("owner");
    const check = await recheckSession(owner, h.database, true);
    expect(check).toEqual({ ok: true, claims: { ...owner, mfaSetupRequired: true } });
    const claims = check.ok ? check.claims : null;
    // The API judges it from the database inside each call, whatever the JWT says.
    vi.stubEnv("REQUIRE_STAFF_MFA", "true");
    try {
      for (const session of [claims, owner]) {
        const blocked = createCallerFor(session, { database: h.database }).admin.me();
        await expect(blocked).rejects.toThrow(TRPCError);
        await expect(blocked).rejects.toMatchObject({ code: "FORBIDDEN" });
      }

      await kit.enrol("owner");
      // The next request re-reads the account: no new sign-in needed, a stale claim is dropped.
      const enrolled = await recheckSession(claims ?? owner, h.database, true);
      expect(enrolled).toEqual({ ok: true, claims: owner });
      for (const session of [claims, owner]) {
        const me = createCallerFor(session, { database: h.database }).admin.me();
        await expect(me).resolves.toMatchObject({ role: "owner" });
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("only asks when it is off, and never holds back sales or support", async () => {
    const admin = await kit.claimsOf("admin");
    expect(await recheckSession(admin, h.database, false)).toEqual({ ok: true, claims: admin });
    const rep = await kit.claimsOf("sales.nairobi");
    expect(await recheckSession(rep, h.database, true)).toEqual({ ok: true, claims: rep });
  });

  it("asks a new owner or admin to enrol at their first sign-in, not at later ones", async () => {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [email, role] of [
      ["new.admin@aizalo.test", "admin"],
      ["new.support@aizalo.test", "support"],
    ]) {
      await h.owner.query(
        `INSERT INTO platform_users (email, password_hash, full_name, role)
         VALUES ($1, $2, 'New Colleague', $3::platform_role)`,
        [email, passwordHash, role],
      );
    }
    const signIn = async (email: string) => {
      const result = await verifyPlatformSignIn(
        { email, password: DEMO_PASSWORD, ip: "192.0.2.80" },
        h.deps(),
        kit.keys,
      );
      return result.ok ? result.claims : null;
    };
    expect(await signIn("new.admin@aizalo.test")).toMatchObject({ mfaEnrolmentPrompt: true });
    expect(await signIn("new.admin@aizalo.test")).not.toHaveProperty("mfaEnrolmentPrompt");
    expect(await signIn("new.support@aizalo.test")).not.toHaveProperty("mfaEnrolmentPrompt");
  });

  it("is on in production unless set, off elsewhere; production needs its own key", () => {
    expect(staffMfaRequired({ NODE_ENV: "production" })).toBe(true);
    expect(staffMfaRequired({ NODE_ENV: "production", REQUIRE_STAFF_MFA: "false" })).toBe(false);
    expect(staffMfaRequired({ NODE_ENV: "development" })).toBe(false);
    expect(staffMfaRequired({ NODE_ENV: "test", REQUIRE_STAFF_MFA: "true" })).toBe(true);
    expect(staffMfaRequired({ NODE_ENV: "production", REQUIRE_STAFF_MFA: "" })).toBe(true);
    expect(() => staffMfaRequired({ REQUIRE_STAFF_MFA: "yes" })).toThrow(/"true" or "false"/);
    expect(() => mfaEncryptionKey({ NODE_ENV: "production" })).toThrow(/MFA_ENCRYPTION_KEY/);
    expect(() => mfaEncryptionKey({ MFA_ENCRYPTION_KEY: "c2hvcnQ=" })).toThrow(/32 bytes/);
    expect(mfaEncryptionKey({ NODE_ENV: "development" })).toHaveLength(32);
  });
});
