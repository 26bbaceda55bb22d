import { describe, expect, it } from "vitest";
import {
  auditRows,
  DEMO_PASSWORD,
  platformEmail,
  tenantEmail,
  useAuthTestHarness,
} from "./auth-test-harness";
import { verifyPlatformSignIn, verifyTenantSignIn } from "./sign-in";
import { INVALID_CREDENTIALS_MESSAGE, SUSPENDED_BUSINESS_MESSAGE } from "./sign-in-result";

const h = useAuthTestHarness();
let nextAddress = 1;
/** Each test signs in from its own address, so per-address counts never cross tests. */
const freshAddress = () => `198.51.100.${nextAddress++}`;

describe("platform sign-in", () => {
  it("signs the owner in with the right password and records the time", async () => {
    const ip = freshAddress();
    const result = await verifyPlatformSignIn(
      { email: "Owner@Demo.Aizalo.TEST", password: DEMO_PASSWORD, ip },
      h.deps(),
    );
    expect(result).toEqual({
      ok: true,
      claims: {
        userType: "platform",
        userId: expect.any(String),
        role: "owner",
        sessionVersion: 1,
      },
    });
    const stored = await h.owner.query(
      "SELECT last_login_at > now() - interval '1 minute' AS recent FROM platform_users WHERE email = $1",
      [platformEmail("owner")],
    );
    expect(stored.rows[0]).toEqual({ recent: true });
  });

  it("refuses a wrong password with the generic message and audits it without the email", async () => {
    const ip = freshAddress();
    const result = await verifyPlatformSignIn(
      { email: platformEmail("admin"), password: "not-the-password", ip },
      h.deps(),
    );
    expect(result).toEqual({ ok: false, refusal: "invalid", message: INVALID_CREDENTIALS_MESSAGE });
    const rows = await auditRows(h.owner, "auth.sign_in_failed", ip);
    expect(rows).toEqual([
      {
        actor_user_type: "system",
        actor_user_id: null,
        purpose: "sign-in",
        tenant_id: null,
        entity: "platform_user",
        entity_id: expect.any(String),
        changed_fields: [],
        metadata: { scope: "platform", account: expect.any(String), reason: "wrong_password" },
        ip,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain("admin@");
    // The counters are keyed by hashes: neither the email nor the address is stored there.
    const counters = await h.owner.query(
      "SELECT key FROM rate_limit.attempts WHERE key LIKE $1 OR key LIKE '%admin@%'",
      [`%${ip}%`],
    );
    expect(counters.rows).toEqual([]);
    expect(
      (await h.owner.query("SELECT count(*)::int AS n FROM rate_limit.attempts")).rows[0]?.n,
    ).toBeGreaterThan(0);
  });

  it("answers an unknown email exactly like a wrong password, after an argon2 check of similar cost", async () => {
    const deps = h.deps();
    const time = async (email: string) => {
      const checksBefore = h.passwordChecks.count;
      const started = performance.now();
      const result = await verifyPlatformSignIn(
        { email, password: "not-the-password", ip: freshAddress() },
        deps,
      );
      expect(h.passwordChecks.count - checksBefore, email).toBe(1);
      return { result, ms: performance.now() - started };
    };
    await time("warm-up@demo.aizalo.test"); // the dummy hash is made on first use
    const known = [];
    const unknown = [];
    // Seven interleaved rounds and medians, so one slow moment on a busy machine cannot decide.
    for (let round = 0; round < 7; round++) {
      // The limiter is not under test here: clear it so the known account never locks.
      await h.owner.query("DELETE FROM rate_limit.attempts");
      known.push(await time(platformEmail("support")));
      unknown.push(await time(`nobody-${round}@demo.aizalo.test`));
    }
    expect(unknown.map((attempt) => attempt.result)).toEqual(
      known.map((attempt) => attempt.result),
    );
    const median = (values: number[]) => values.sort((a, b) => a - b)[3] ?? 0;
    const ratio = median(unknown.map((a) => a.ms)) / median(known.map((a) => a.ms));
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("refuses a deactivated account and an invited one without a password, generically", async () => {
    await h.owner.query(`UPDATE platform_users SET is_active = false WHERE email = $1`, [
      platformEmail("sales.nairobi"),
    ]);
    const inactive = await verifyPlatformSignIn(
      { email: platformEmail("sales.nairobi"), password: DEMO_PASSWORD, ip: freshAddress() },
      h.deps(),
    );
    expect(inactive).toMatchObject({ ok: false, message: INVALID_CREDENTIALS_MESSAGE });

    const ip = freshAddress();
    await h.owner.query(
      `INSERT INTO platform_users (email, full_name, role) VALUES ('invited@demo.aizalo.test', 'Wanjiru Invited', 'sales')`,
    );
    const checksBefore = h.passwordChecks.count;
    const invited = await verifyPlatformSignIn(
      { email: "invited@demo.aizalo.test", password: "", ip },
      h.deps(),
    );
    expect(invited).toMatchObject({ ok: false, message: INVALID_CREDENTIALS_MESSAGE });
    const withAnything = await verifyPlatformSignIn(
      { email: "invited@demo.aizalo.test", password: "anything-at-all", ip },
      h.deps(),
    );
    expect(withAnything).toMatchObject({ ok: false, message: INVALID_CREDENTIALS_MESSAGE });
    expect(h.passwordChecks.count - checksBefore).toBe(1); // the empty password never got that far
    expect(
      (await auditRows(h.owner, "auth.sign_in_failed", ip)).map((r) => r.metadata.reason),
    ).toEqual(["no_password"]);
  });
});

describe("tenant sign-in", () => {
  it("signs a business's staff member in at their business's page, subdomain from the path", async () => {
    const result = await verifyTenantSignIn(
      {
        subdomain: "Jacaranda-Homes",
        email: tenantEmail("jacaranda-homes", "staff"),
        password: DEMO_PASSWORD,
        ip: freshAddress(),
      },
      h.deps(),
    );
    expect(result).toEqual({
      ok: true,
      claims: {
        userType: "tenant",
        userId: expect.any(String),
        role: "staff",
        tenantId: expect.any(String),
        subdomain: "jacaranda-homes",
        sessionVersion: 1,
      },
    });
  });

  it("refuses a business's user at another business's sign-in page", async () => {
    const result = await verifyTenantSignIn(
      {
        subdomain: "pwani-breeze",
        email: tenantEmail("jacaranda-homes", "owner"),
        password: DEMO_PASSWORD,
        ip: freshAddress(),
      },
      h.deps(),
    );
    expect(result).toMatchObject({ ok: false, message: INVALID_CREDENTIALS_MESSAGE });
  });

  it("tells a suspended business's user why, but only after the right password", async () => {
    const ip = freshAddress();
    const attempt = {
      subdomain: "wanyama-chebet",
      email: tenantEmail("wanyama-chebet", "owner"),
      ip,
    };
    const wrong = await verifyTenantSignIn({ ...attempt, password: "not-the-password" }, h.deps());
    expect(wrong).toMatchObject({ ok: false, message: INVALID_CREDENTIALS_MESSAGE });
    const right = await verifyTenantSignIn({ ...attempt, password: DEMO_PASSWORD }, h.deps());
    expect(right).toEqual({
      ok: false,
      refusal: "suspended",
      message: SUSPENDED_BUSINESS_MESSAGE,
    });
    const rows = await auditRows(h.owner, "auth.sign_in_failed", ip);
    expect(rows.map((row) => [row.entity, row.metadata.reason, row.metadata.subdomain])).toEqual([
      ["tenant_user", "wrong_password", "wanyama-chebet"],
      ["tenant_user", "business_suspended", "wanyama-chebet"],
    ]);
    // The business's own admins can read attempts on their accounts.
    expect(rows.every((row) => row.tenant_id !== null)).toBe(true);
  });

  it("refuses a canceled business's users with the generic message", async () => {
    const result = await verifyTenantSignIn(
      {
        subdomain: "jenga-bora",
        email: tenantEmail("jenga-bora", "owner"),
        password: DEMO_PASSWORD,
        ip: freshAddress(),
      },
      h.deps(),
    );
    expect(result).toMatchObject({ ok: false, refusal: "invalid" });
  });

  it("refuses a deactivated team member", async () => {
    await h.owner.query(`UPDATE tenant_users SET is_active = false WHERE email = $1`, [
      tenantEmail("pwani-breeze", "viewer"),
    ]);
    const result = await verifyTenantSignIn(
      {
        subdomain: "pwani-breeze",
        email: tenantEmail("pwani-breeze", "viewer"),
        password: DEMO_PASSWORD,
        ip: freshAddress(),
      },
      h.deps(),
    );
    expect(result).toMatchObject({ ok: false, message: INVALID_CREDENTIALS_MESSAGE });
  });
});

describe("lockout", () => {
  it("locks an account after five failures, even for the right password, and audits the lockout", async () => {
    const ip = freshAddress();
    const attempt = (password: string, from = ip) =>
      verifyTenantSignIn(
        {
          subdomain: "mama-akinyi",
          email: tenantEmail("mama-akinyi", "admin"),
          password,
          ip: from,
        },
        h.deps(),
      );
    for (let failure = 1; failure <= 4; failure++) {
      expect(await attempt(`guess-${failure}`)).toMatchObject({ refusal: "invalid" });
    }
    expect(await attempt("guess-5")).toMatchObject({ refusal: "locked", retryAfterSeconds: 900 });
    // From anywhere else too: the count is the account's.
    expect(await attempt(DEMO_PASSWORD, freshAddress())).toMatchObject({
      ok: false,
      refusal: "locked",
      message: "Too many attempts. Try again in 15 minutes.",
    });

    const lockouts = await auditRows(h.owner, "auth.locked_out", ip);
    expect(lockouts).toEqual([
      expect.objectContaining({
        entity: "tenant_user",
        metadata: expect.objectContaining({ limit: "account", lockedForSeconds: 900 }),
      }),
    ]);
    expect(await auditRows(h.owner, "auth.sign_in_failed", ip)).toHaveLength(5);
  });

  it("ends a lockout on its own, and a success clears the count", async () => {
    const limits = h.limits({
      account: { keyPrefix: "test:account", points: 2, durationSeconds: 60, blockSeconds: 1 },
      address: { keyPrefix: "test:address", points: 100, durationSeconds: 60, blockSeconds: 1 },
    });
    const deps = h.deps({ limits });
    const ip = freshAddress();
    const attempt = (password: string) =>
      verifyPlatformSignIn({ email: platformEmail("sales.mombasa"), password, ip }, deps);

    await attempt("guess-1");
    await attempt("guess-2");
    expect(await attempt("guess-3")).toMatchObject({ refusal: "locked" });
    expect(await attempt(DEMO_PASSWORD)).toMatchObject({ refusal: "locked" });
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await attempt(DEMO_PASSWORD)).toMatchObject({ ok: true });

    // The success cleared the count: two more failures do not lock again.
    await attempt("guess-4");
    await attempt("guess-5");
    expect(await attempt(DEMO_PASSWORD)).toMatchObject({ ok: true });
  });

  it("limits one address across many accounts", async () => {
    const limits = h.limits({
      account: { keyPrefix: "test2:account", points: 5, durationSeconds: 60, blockSeconds: 60 },
      address: { keyPrefix: "test2:address", points: 3, durationSeconds: 60, blockSeconds: 60 },
    });
    const deps = h.deps({ limits });
    const ip = freshAddress();
    for (let index = 1; index <= 4; index++) {
      await verifyPlatformSignIn({ email: `someone-${index}@x.test`, password: "guess", ip }, deps);
    }
    const blocked = await verifyPlatformSignIn(
      { email: platformEmail("owner"), password: DEMO_PASSWORD, ip },
      deps,
    );
    expect(blocked).toMatchObject({ ok: false, refusal: "locked" });
    const lockouts = await auditRows(h.owner, "auth.locked_out", ip);
    expect(lockouts.map((row) => row.metadata.limit)).toEqual(["address"]);
  });
});
