import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, tenantEmail, useAuthTestHarness } from "./auth-test-harness";
import { changePassword } from "./change-password";
import { recheckSession } from "./recheck-session";
import { verifyTenantSignIn } from "./sign-in";

const h = useAuthTestHarness();

async function signIn(email: string, password = DEMO_PASSWORD) {
  return verifyTenantSignIn({ subdomain: "uzima-clinic", email, password, ip: null }, h.deps());
}

describe("changePassword", () => {
  it("needs the current password, applies the password rules, then ends every session", async () => {
    const email = tenantEmail("uzima-clinic", "staff");
    const first = await signIn(email);
    const second = await signIn(email);
    if (!first.ok || !second.ok) throw new Error("demo sign-in failed");
    const change = { claims: first.claims, ip: "192.0.2.50" };

    expect(
      await changePassword(
        { ...change, currentPassword: "wrong", newPassword: "Mvua-ya-Machi-2026" },
        h.deps(),
      ),
    ).toMatchObject({ ok: false, field: "currentPassword" });
    expect(
      await changePassword(
        { ...change, currentPassword: DEMO_PASSWORD, newPassword: "password123" },
        h.deps(),
      ),
    ).toMatchObject({ ok: false, field: "newPassword", message: expect.stringMatching(/common/) });
    expect(
      await changePassword(
        { ...change, currentPassword: DEMO_PASSWORD, newPassword: "short" },
        h.deps(),
      ),
    ).toMatchObject({ ok: false, field: "newPassword" });

    expect(
      await changePassword(
        { ...change, currentPassword: DEMO_PASSWORD, newPassword: "Mvua-ya-Machi-2026" },
        h.deps(),
      ),
    ).toEqual({ ok: true });

    for (const session of [first.claims, second.claims]) {
      expect(await recheckSession(session, h.database)).toMatchObject({
        ok: false,
        reason: "password-changed",
      });
    }
    expect(await signIn(email)).toMatchObject({ ok: false });
    expect(await signIn(email, "Mvua-ya-Machi-2026")).toMatchObject({ ok: true });

    const audit = await h.owner.query(
      `SELECT entity, changed_fields, purpose FROM audit_logs
       WHERE action = 'auth.password_changed' AND entity_id = $1`,
      [first.claims.userId],
    );
    expect(audit.rows).toEqual([
      {
        entity: "tenant_user",
        changed_fields: ["password_hash", "session_version"],
        purpose: "password-change",
      },
    ]);
  });

  it("is refused to a platform owner logged in as the tenant", async () => {
    const owner = await signIn(tenantEmail("uzima-clinic", "owner"));
    if (!owner.ok) throw new Error("demo sign-in failed");
    const impersonated = { ...owner.claims, impersonatorId: owner.claims.userId };
    expect(
      await changePassword(
        {
          claims: impersonated,
          currentPassword: DEMO_PASSWORD,
          newPassword: "Mvua-ya-Machi-2026",
          ip: null,
        },
        h.deps(),
      ),
    ).toMatchObject({ ok: false });
  });
});
