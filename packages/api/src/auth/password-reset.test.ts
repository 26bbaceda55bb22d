import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, platformEmail, tenantEmail, useAuthTestHarness } from "./auth-test-harness";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { createRateLimiter } from "./rate-limit";
import { recheckSession } from "./recheck-session";
import { verifyPlatformSignIn, verifyTenantSignIn } from "./sign-in";

const h = useAuthTestHarness();
/** Fresh counters per call: these tests are about links, not about the request limits. */
const deps = () => {
  const limiter = (points: number) =>
    createRateLimiter(
      { keyPrefix: `test-reset:${randomUUID()}`, points, durationSeconds: 3600, blockSeconds: 0 },
      h.store,
    );
  return { ...h.deps(), resetRequests: { account: limiter(3), address: limiter(20) } };
};

/** Asks for a link as the form would and returns the token the outbox message carries. */
async function requestLink(
  scope: Parameters<typeof requestPasswordReset>[0]["scope"],
  email: string,
) {
  let token: string | undefined;
  await requestPasswordReset(
    {
      scope,
      email,
      ip: "192.0.2.77",
      linkFor: (issued) => {
        token = issued;
        return `http://localhost:3000/login/reset/${issued}`;
      },
    },
    deps(),
  );
  return token;
}

async function outboxFor(recipient: string) {
  const result = await h.owner.query<{ kind: string; tenant_id: string | null; link: string }>(
    `SELECT kind, tenant_id, payload->>'link' AS link FROM outbox_messages
     WHERE recipient = $1 ORDER BY created_at`,
    [recipient],
  );
  return result.rows;
}

describe("password reset", () => {
  it("sends a link through the outbox, stores only its hash, and the link works once", async () => {
    const email = tenantEmail("nyota-beauty", "viewer");
    const before = await verifyTenantSignIn(
      { subdomain: "nyota-beauty", email, password: DEMO_PASSWORD, ip: null },
      h.deps(),
    );
    if (!before.ok) throw new Error("demo sign-in failed");

    const token = await requestLink({ kind: "tenant", subdomain: "nyota-beauty" }, email);
    expect(token).toBeDefined();
    const messages = await outboxFor(email);
    expect(messages).toEqual([
      {
        kind: "password_reset",
        tenant_id: before.claims.tenantId,
        link: expect.stringContaining(token ?? "?"),
      },
    ]);
    const stored = await h.owner.query(
      "SELECT token_hash FROM password_resets WHERE token_hash = $1",
      [token],
    );
    expect(stored.rowCount).toBe(0); // the table holds hashes, not tokens

    const reset = await resetPassword(
      { token: token ?? "", newPassword: "Jua-Kali-Saloon-7", ip: null },
      h.deps(),
    );
    expect(reset).toEqual({ ok: true, signInPath: "/nyota-beauty/login" });
    expect(await recheckSession(before.claims, h.database)).toMatchObject({
      ok: false,
      reason: "password-changed",
    });
    expect(
      await verifyTenantSignIn(
        { subdomain: "nyota-beauty", email, password: "Jua-Kali-Saloon-7", ip: null },
        h.deps(),
      ),
    ).toMatchObject({ ok: true });

    // Single use.
    expect(
      await resetPassword(
        { token: token ?? "", newPassword: "Another-Pass-99", ip: null },
        h.deps(),
      ),
    ).toMatchObject({ ok: false, field: "token" });
  });

  it("refuses an expired link", async () => {
    const email = platformEmail("sales.kisumu");
    const token = await requestLink({ kind: "platform" }, email);
    await h.owner.query(
      "UPDATE password_resets SET expires_at = now() - interval '1 second', created_at = now() - interval '61 minutes' WHERE used_at IS NULL AND platform_user_id IS NOT NULL",
    );
    expect(
      await resetPassword(
        { token: token ?? "", newPassword: "Ziwa-Victoria-2026", ip: null },
        h.deps(),
      ),
    ).toMatchObject({ ok: false, field: "token" });
    expect(
      await verifyPlatformSignIn({ email, password: DEMO_PASSWORD, ip: null }, h.deps()),
    ).toMatchObject({ ok: true });
  });

  it("answers an unknown email the same way and sends nothing", async () => {
    await requestLink({ kind: "platform" }, "nobody@demo.aizalo.test");
    await requestLink(
      { kind: "tenant", subdomain: "pwani-breeze" },
      tenantEmail("jacaranda-homes", "owner"),
    );
    expect(await outboxFor("nobody@demo.aizalo.test")).toEqual([]);
    expect(await outboxFor(tenantEmail("jacaranda-homes", "owner"))).toEqual([]);
  });

  it("a new request retires the older link", async () => {
    const email = tenantEmail("menengai-auto", "admin");
    const first = await requestLink({ kind: "tenant", subdomain: "menengai-auto" }, email);
    const second = await requestLink({ kind: "tenant", subdomain: "menengai-auto" }, email);
    expect(
      await resetPassword(
        { token: first ?? "", newPassword: "Magari-Mazuri-1", ip: null },
        h.deps(),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await resetPassword(
        { token: second ?? "", newPassword: "Magari-Mazuri-1", ip: null },
        h.deps(),
      ),
    ).toMatchObject({ ok: true });
  });

  it("sends at most three links an hour for one account", async () => {
    const email = tenantEmail("mama-akinyi", "viewer");
    const limited = deps();
    for (let request = 1; request <= 5; request++) {
      await requestPasswordReset(
        {
          scope: { kind: "tenant", subdomain: "mama-akinyi" },
          email,
          ip: `192.0.2.${100 + request}`,
          linkFor: (token) => `http://localhost:3000/mama-akinyi/login/reset/${token}`,
        },
        limited,
      );
    }
    expect(await outboxFor(email)).toHaveLength(3);
  });
});
