import { URI, type TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { auditRows, useAuthTestHarness } from "../auth-test-harness";
import { disableMfa } from "./disable";
import { confirmEnrolment, startEnrolment, WRONG_ENROLMENT_CODE_MESSAGE } from "./enrolment";
import { mfaTestKit } from "./mfa-test-kit";
import { replaceStaffRecoveryCodes } from "./new-recovery-codes";
import { recoveryCodeHash } from "./recovery-codes";

const h = useAuthTestHarness();
const kit = mfaTestKit(h);
const stored = async (userId: string) =>
  (
    await h.owner.query(
      `SELECT totp_secret, totp_enabled_at IS NOT NULL AS enabled, totp_last_used_step::text AS step,
        (SELECT array_agg(code_hash) FROM staff_recovery_codes WHERE platform_user_id = u.id) AS hashes
       FROM platform_users u WHERE id = $1`,
      [userId],
    )
  ).rows[0];

describe("enrolling a TOTP second factor", () => {
  it("turns on only after a correct code, and shows ten recovery codes kept only as hashes", async () => {
    const claims = await kit.claimsOf("admin");
    const started = await startEnrolment(claims, kit.deps());
    expect(started?.uri).toMatch(/^otpauth:\/\/totp\/Aizalo:admin%40demo\.aizalo\.test\?/);
    expect(started?.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const app = URI.parse(started?.uri ?? "") as TOTP;
    expect(app.secret.base32).toBe(started?.secret);

    // Stored encrypted, and not yet in force.
    const pending = await stored(claims.userId);
    expect(pending.enabled).toBe(false);
    expect(pending.totp_secret).toMatch(/^v1\./);
    expect(pending.totp_secret).not.toContain(started?.secret);

    const wrong = String((Number(kit.codeAt(app)) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmEnrolment(claims, wrong, null, kit.deps())).toEqual({
      ok: false,
      message: WRONG_ENROLMENT_CODE_MESSAGE,
    });
    expect((await stored(claims.userId)).enabled).toBe(false);

    const confirmed = await confirmEnrolment(claims, kit.codeAt(app), "203.0.113.7", kit.deps());
    expect(confirmed.ok).toBe(true);
    const codes = confirmed.ok ? confirmed.recoveryCodes : [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const enabled = await stored(claims.userId);
    expect(enabled.enabled).toBe(true);
    expect([...enabled.hashes].sort()).toEqual(codes.map(recoveryCodeHash).sort());
    expect(JSON.stringify(enabled)).not.toContain(codes[0]);
    expect(await auditRows(h.owner, "auth.mfa_enabled", "203.0.113.7")).toHaveLength(1);

    // Enrolled: starting again cannot silently replace the secret.
    expect(await startEnrolment(claims, kit.deps())).toBeNull();
  });

  it("opens the secret only with the key it was sealed with", async () => {
    const claims = await kit.claimsOf("owner");
    const started = await startEnrolment(claims, kit.deps());
    const app = URI.parse(started?.uri ?? "") as TOTP;
    const otherKey = { ...kit.deps(), encryptionKey: Buffer.alloc(32, 7) };
    await expect(confirmEnrolment(claims, kit.codeAt(app), null, otherKey)).rejects.toThrow();
  });
});

describe("confirming an enrolment with wrong codes", () => {
  it("locks the account after five wrong codes, even for the right one, and audits each failure", async () => {
    const claims = await kit.claimsOf("support");
    const started = await startEnrolment(claims, kit.deps());
    const app = URI.parse(started?.uri ?? "") as TOTP;
    const ip = "203.0.113.40";
    const right = kit.codeAt(app);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await confirmEnrolment(claims, wrong, ip, kit.deps())).toEqual({
        ok: false,
        message: WRONG_ENROLMENT_CODE_MESSAGE,
      });
    }
    // The fifth wrong code starts the lockout; from then on even the right code is refused.
    expect((await confirmEnrolment(claims, wrong, ip, kit.deps())).ok).toBe(false);
    expect(await confirmEnrolment(claims, right, ip, kit.deps())).toEqual({
      ok: false,
      message: "Too many attempts. Try again in 15 minutes.",
    });
    expect((await stored(claims.userId)).enabled).toBe(false);

    const failures = await auditRows(h.owner, "auth.mfa_failed", ip);
    expect(failures).toHaveLength(5);
    expect(failures[0]).toMatchObject({
      actor_user_id: claims.userId,
      entity_id: claims.userId,
      metadata: expect.objectContaining({ during: "enrolment" }),
    });
    expect(JSON.stringify(failures)).not.toContain(wrong);
    expect(await auditRows(h.owner, "auth.locked_out", ip)).toEqual([
      expect.objectContaining({
        entity_id: claims.userId,
        metadata: expect.objectContaining({ during: "enrolment", limit: "account" }),
      }),
    ]);
  });

  it("clears the count on success, so earlier slips do not add up to a lockout later", async () => {
    const claims = await kit.claimsOf("sales.mombasa");
    const limits = h.limits({
      account: { keyPrefix: "test:mfa-account", points: 2, durationSeconds: 60, blockSeconds: 60 },
      address: {
        keyPrefix: "test:mfa-address",
        points: 100,
        durationSeconds: 60,
        blockSeconds: 60,
      },
    });
    const deps = () => ({ ...kit.deps(), limits });
    const started = await startEnrolment(claims, deps());
    const app = URI.parse(started?.uri ?? "") as TOTP;
    const wrong = String((Number(kit.codeAt(app)) + 1) % 1_000_000).padStart(6, "0");
    await confirmEnrolment(claims, wrong, null, deps());
    await confirmEnrolment(claims, wrong, null, deps());
    expect((await confirmEnrolment(claims, kit.codeAt(app), null, deps())).ok).toBe(true);
    // The same counter guards turning it off: two more slips are not a third and fourth.
    kit.nextStep();
    expect((await disableMfa(claims, wrong, null, deps())).ok).toBe(false);
    expect((await disableMfa(claims, wrong, null, deps())).ok).toBe(false);
    expect(await disableMfa(claims, kit.codeAt(app), null, deps())).toEqual({ ok: true });
  });
});

describe("disabling the second factor", () => {
  it("needs a current code: a wrong one is refused and audited", async () => {
    const { claims, app } = await kit.enrol("sales.kisumu");
    const ip = "203.0.113.20";
    kit.nextStep();
    const refused = await disableMfa(claims, "000000", ip, kit.deps());
    expect(refused.ok).toBe(false);
    expect((await stored(claims.userId)).enabled).toBe(true);
    expect(await auditRows(h.owner, "auth.mfa_failed", ip)).toEqual([
      expect.objectContaining({
        actor_user_id: claims.userId,
        metadata: expect.objectContaining({ during: "disable" }),
      }),
    ]);

    expect(await disableMfa(claims, kit.codeAt(app), ip, kit.deps())).toEqual({ ok: true });
    expect(await stored(claims.userId)).toEqual({
      totp_secret: null,
      enabled: false,
      step: null,
      hashes: null,
    });
    expect(await auditRows(h.owner, "auth.mfa_disabled", ip)).toHaveLength(1);
  });
});

describe("new recovery codes", () => {
  it("need a current code, and the old codes stop working", async () => {
    const { claims, app, recoveryCodes: old } = await kit.enrol("sales.nairobi");
    const ip = "203.0.113.30";
    expect(await replaceStaffRecoveryCodes(claims, "not-a-code", ip, kit.deps())).toMatchObject({
      ok: false,
    });
    kit.nextStep();
    const replaced = await replaceStaffRecoveryCodes(claims, kit.codeAt(app), ip, kit.deps());
    const fresh = replaced.ok ? replaced.recoveryCodes : [];
    expect(fresh).toHaveLength(10);
    const { hashes } = await stored(claims.userId);
    expect([...hashes].sort()).toEqual(fresh.map(recoveryCodeHash).sort());
    expect(hashes).not.toContain(recoveryCodeHash(old[0] ?? ""));
    // An old recovery code no longer turns anything off.
    expect((await disableMfa(claims, old[0] ?? "", ip, kit.deps())).ok).toBe(false);
    expect(await auditRows(h.owner, "auth.mfa_recovery_codes_replaced", ip)).toHaveLength(1);
  });
});
