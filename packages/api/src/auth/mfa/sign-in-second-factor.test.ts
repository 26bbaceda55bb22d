import { describe, expect, it } from "vitest";
import { auditRows, DEMO_PASSWORD, platformEmail, useAuthTestHarness } from "../auth-test-harness";
import { verifyPlatformSignIn } from "../sign-in";
import {
  INVALID_CREDENTIALS_MESSAGE,
  SECOND_FACTOR_MESSAGE,
  WRONG_CODE_MESSAGE,
} from "../sign-in-result";
import { mfaTestKit } from "./mfa-test-kit";

const h = useAuthTestHarness();
const kit = mfaTestKit(h);
let nextAddress = 1;
const freshAddress = () => `198.51.100.${nextAddress++}`;

const signIn = (account: string, ip: string, code?: string, password = DEMO_PASSWORD) =>
  verifyPlatformSignIn(
    { email: platformEmail(account), password, ip, ...(code !== undefined && { code }) },
    h.deps(),
    kit.keys,
  );
const CODE_REQUIRED = { ok: false, refusal: "second-factor", message: SECOND_FACTOR_MESSAGE };
const WRONG_CODE = { ok: false, refusal: "wrong-code", message: WRONG_CODE_MESSAGE };

describe("platform sign-in with a second factor", () => {
  it("asks for the code only after the right password, then signs in with it", async () => {
    const { claims, app } = await kit.enrol("support");
    kit.nextStep();
    const ip = freshAddress();
    expect(await signIn("support", ip, undefined, "not-the-password")).toEqual({
      ok: false,
      refusal: "invalid",
      message: INVALID_CREDENTIALS_MESSAGE,
    });
    // A wrong password with a right code is still just a wrong password.
    expect(await signIn("support", ip, kit.codeAt(app), "not-the-password")).toMatchObject({
      refusal: "invalid",
    });
    expect(await signIn("support", ip)).toEqual(CODE_REQUIRED);
    expect(await signIn("support", ip, kit.codeAt(app))).toEqual({ ok: true, claims });
  });

  it("refuses a code that was already used, even within its window", async () => {
    const { app } = await kit.enrol("owner");
    kit.nextStep();
    const ip = freshAddress();
    const code = kit.codeAt(app);
    expect((await signIn("owner", ip, code)).ok).toBe(true);
    expect(await signIn("owner", ip, code)).toEqual(WRONG_CODE);
    // Nor the step before it (the window reaches back one step), once a later one was used.
    expect(await signIn("owner", ip, kit.codeAt(app, -1))).toEqual(WRONG_CODE);
    kit.nextStep();
    expect((await signIn("owner", ip, kit.codeAt(app))).ok).toBe(true);
  });

  it("accepts a recovery code once; the same code fails the second time", async () => {
    const { recoveryCodes } = await kit.enrol("sales.nairobi");
    const ip = freshAddress();
    const code = recoveryCodes[3] ?? "";
    // Typed loosely: lower case, without the dashes.
    expect((await signIn("sales.nairobi", ip, code.toLowerCase().replaceAll("-", ""))).ok).toBe(
      true,
    );
    expect(await signIn("sales.nairobi", ip, code)).toEqual(WRONG_CODE);
    expect((await signIn("sales.nairobi", ip, recoveryCodes[4])).ok).toBe(true);
  });

  it("refuses a wrong code, audits it as auth.mfa_failed and counts it toward the lockout", async () => {
    const { claims } = await kit.enrol("sales.mombasa");
    const ip = freshAddress();
    expect(await signIn("sales.mombasa", ip, "123456")).toEqual(WRONG_CODE);
    expect(await auditRows(h.owner, "auth.mfa_failed", ip)).toEqual([
      expect.objectContaining({
        actor_user_id: null,
        purpose: "sign-in",
        entity_id: claims.userId,
        metadata: { scope: "platform", during: "sign-in" },
      }),
    ]);
    expect(await auditRows(h.owner, "auth.sign_in_failed", ip)).toEqual([
      expect.objectContaining({ metadata: expect.objectContaining({ reason: "wrong_code" }) }),
    ]);
    // The account allows four failures: the fifth wrong code starts a lockout.
    for (const code of ["234567", "345678", "456789"]) {
      expect(await signIn("sales.mombasa", ip, code)).toEqual(WRONG_CODE);
    }
    expect(await signIn("sales.mombasa", ip, "567890")).toMatchObject({ refusal: "locked" });
    expect(await auditRows(h.owner, "auth.locked_out", ip)).toHaveLength(1);
  });
});
