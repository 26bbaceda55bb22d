import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, platformEmail, tenantEmail, useAuthTestHarness } from "./auth-test-harness";
import { recheckSession } from "./recheck-session";
import type { PlatformSessionClaims, TenantSessionClaims } from "./session";
import { verifyPlatformSignIn, verifyTenantSignIn } from "./sign-in";

const h = useAuthTestHarness();

async function signInAtBusiness(subdomain: string, role: string): Promise<TenantSessionClaims> {
  const result = await verifyTenantSignIn(
    { subdomain, email: tenantEmail(subdomain, role), password: DEMO_PASSWORD, ip: null },
    h.deps(),
  );
  if (!result.ok) throw new Error(result.message);
  return result.claims;
}

async function signInAsStaff(account: string): Promise<PlatformSessionClaims> {
  const result = await verifyPlatformSignIn(
    { email: platformEmail(account), password: DEMO_PASSWORD, ip: null },
    h.deps(),
  );
  if (!result.ok) throw new Error(result.message);
  return result.claims;
}

describe("recheckSession", () => {
  it("keeps a session whose account and business are unchanged", async () => {
    const claims = await signInAtBusiness("nyota-beauty", "staff");
    expect(await recheckSession(claims, h.database)).toEqual({ ok: true, claims });
    const staff = await signInAsStaff("admin");
    expect(await recheckSession(staff, h.database)).toEqual({ ok: true, claims: staff });
  });

  it("ends other sessions once the password changes (session_version bumped)", async () => {
    const claims = await signInAtBusiness("nyota-beauty", "admin");
    await h.owner.query(
      "UPDATE tenant_users SET session_version = session_version + 1 WHERE id = $1",
      [claims.userId],
    );
    expect(await recheckSession(claims, h.database)).toEqual({
      ok: false,
      reason: "password-changed",
      message: "You were signed out: your password was changed. Please sign in again.",
    });
  });

  it("ends a deactivated user's session", async () => {
    const claims = await signInAtBusiness("uzima-clinic", "viewer");
    await h.owner.query(
      "UPDATE tenant_users SET is_active = false, session_version = session_version + 1 WHERE id = $1",
      [claims.userId],
    );
    expect(await recheckSession(claims, h.database)).toMatchObject({
      ok: false,
      reason: "account-deactivated",
    });
  });

  it("ends a session whose role changed", async () => {
    const claims = await signInAsStaff("support");
    await h.owner.query(
      "UPDATE platform_users SET role = 'sales', session_version = session_version + 1 WHERE id = $1",
      [claims.userId],
    );
    expect(await recheckSession(claims, h.database)).toMatchObject({
      ok: false,
      reason: "role-changed",
    });
  });

  it("ends every session of a business that gets suspended", async () => {
    const claims = await signInAtBusiness("menengai-auto", "owner");
    await h.owner.query("UPDATE tenants SET subscription_status = 'suspended' WHERE id = $1", [
      claims.tenantId,
    ]);
    expect(await recheckSession(claims, h.database)).toEqual({
      ok: false,
      reason: "business-suspended",
      message: "You were signed out: this business's account is suspended.",
    });
  });

  it("refuses claims that name another business than the user's", async () => {
    const claims = await signInAtBusiness("kilele-tech", "staff");
    const other = await signInAtBusiness("jacaranda-homes", "staff");
    const forged = { ...claims, tenantId: other.tenantId, subdomain: other.subdomain };
    expect(await recheckSession(forged, h.database)).toMatchObject({ ok: false });
  });

  it("keeps a live 'login as tenant' session and ends it when stopped", async () => {
    const owner = await signInAsStaff("owner");
    const tenant = await signInAtBusiness("pwani-breeze", "owner");
    const started = await h.owner.query<{ id: string }>(
      `INSERT INTO impersonation_sessions (owner_id, tenant_id, reason, expires_at)
       VALUES ($1, $2, 'Checking a campaign the owner reported', now() + interval '30 minutes')
       RETURNING id`,
      [owner.userId, tenant.tenantId],
    );
    const impersonationSessionId = started.rows[0]?.id;
    const claims: TenantSessionClaims = {
      userType: "tenant",
      userId: owner.userId,
      role: "viewer",
      tenantId: tenant.tenantId,
      subdomain: tenant.subdomain,
      sessionVersion: owner.sessionVersion,
      impersonatorId: owner.userId,
      ...(impersonationSessionId && { impersonationSessionId }),
    };
    expect(await recheckSession(claims, h.database)).toEqual({ ok: true, claims });
    await h.owner.query("UPDATE impersonation_sessions SET ended_at = now() WHERE id = $1", [
      impersonationSessionId,
    ]);
    expect(await recheckSession(claims, h.database)).toMatchObject({
      ok: false,
      reason: "impersonation-ended",
    });
  });
});
