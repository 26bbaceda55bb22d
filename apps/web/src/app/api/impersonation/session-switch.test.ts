import type { JWT } from "@auth/core/jwt";
import { describe, expect, it } from "vitest";
import type { PlatformSessionClaims, TenantSessionClaims } from "@aizalo/api/auth";
import { isSameOrigin } from "./same-origin";
import { switchedToken, withoutExpiredImpersonation } from "./session-switch";

const OWNER_ID = "6f1c2a52-0d4e-4b8f-9a41-3f2d8c6b7e10";
const SESSION_ID = "0b7f0f5e-3c1d-4f0a-8a55-2b9f1e4d6c21";
const owner: PlatformSessionClaims = {
  userType: "platform",
  userId: OWNER_ID,
  role: "owner",
  sessionVersion: 3,
};
const impersonating: TenantSessionClaims = {
  userType: "tenant",
  userId: OWNER_ID,
  role: "viewer",
  tenantId: "9d3b7f52-6a1e-4c2d-8b0f-5e4a3c2b1d09",
  subdomain: "jacaranda-homes",
  sessionVersion: 3,
  impersonatorId: OWNER_ID,
  impersonationSessionId: SESSION_ID,
};
const token = (claims: JWT["claims"], extra: Partial<JWT> = {}): JWT => ({
  sub: claims?.userId,
  claims,
  ...extra,
});

describe("the login-as-tenant session switch", () => {
  it("turns an expired login as tenant back into the owner's own session", () => {
    const expired = token(impersonating, { impersonationEndsAt: Date.now() - 1 });
    expect(withoutExpiredImpersonation(expired)).toEqual({ sub: OWNER_ID, claims: owner });
  });

  it("leaves a live one, and ordinary sessions, alone", () => {
    const live = token(impersonating, { impersonationEndsAt: Date.now() + 60_000 });
    expect(withoutExpiredImpersonation(live)).toBe(live);
    const staff = token(owner);
    expect(withoutExpiredImpersonation(staff)).toBe(staff);
  });

  it("goes back to the owner on request, but never to someone else", async () => {
    const live = token(impersonating, { impersonationEndsAt: Date.now() + 60_000 });
    await expect(switchedToken(live, { claims: owner })).resolves.toEqual({
      sub: OWNER_ID,
      claims: owner,
    });
    const stranger = { ...owner, userId: "1a2b3c4d-0d4e-4b8f-9a41-3f2d8c6b7e10" };
    await expect(switchedToken(live, { claims: stranger })).resolves.toBe(live);
  });

  it("ignores updates it does not understand, and tenant users asking for tenant claims", async () => {
    const staff = token(owner);
    for (const request of [
      undefined,
      {},
      { claims: "admin" },
      { claims: { userType: "tenant" } },
    ]) {
      await expect(switchedToken(staff, request)).resolves.toBe(staff);
    }
    const member = token({ ...impersonating, impersonatorId: undefined, userId: SESSION_ID });
    await expect(switchedToken(member, { claims: impersonating })).resolves.toBe(member);
  });
});

describe("the same-origin check of the switch routes", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/impersonation/start", { method: "POST", headers });

  it("accepts the app's own origin and refuses another site's", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://evil.example" }))).toBe(false);
  });

  it("without Origin, trusts only Sec-Fetch-Site: same-origin", () => {
    expect(isSameOrigin(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(post({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOrigin(post({}))).toBe(false);
  });
});

describe("an update that names no switch", () => {
  it("still ends an expired login as tenant", async () => {
    const expired = token(impersonating, { impersonationEndsAt: Date.now() - 1 });
    await expect(switchedToken(expired, undefined)).resolves.toEqual({
      sub: OWNER_ID,
      claims: owner,
    });
  });
});
