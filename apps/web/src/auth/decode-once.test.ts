import { encode } from "@auth/core/jwt";
import { describe, expect, it } from "vitest";
import { decodeOnce } from "./decode-once";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
const salt = "authjs.session-token";

describe("decoding the session cookie once", () => {
  it("gives the same claims for the same cookie, from the second time without decrypting", async () => {
    const token = await encode({ token: { sub: "wanjiru" }, secret, salt, maxAge: 60 });
    const first = await decodeOnce({ token, secret, salt });
    expect(first).toMatchObject({ sub: "wanjiru" });
    // Kept: the very same object comes back, even with a wrong secret (nothing is decrypted).
    expect(
      await decodeOnce({ token, secret: "another-secret-that-would-not-open-it!!", salt }),
    ).toBe(first);
  });

  it("opens the cookie again once the kept token has expired", async () => {
    const token = await encode({ token: { sub: "otieno" }, secret, salt, maxAge: 60 });
    expect(await decodeOnce({ token, secret, salt })).toMatchObject({ sub: "otieno" });
    const later = Date.now() + 120_000;
    // Past exp the kept copy is dropped and the cookie decrypted again: here, with a secret
    // that cannot open it, so the answer cannot come from the kept copy.
    await expect(
      decodeOnce({ token, secret: "another-secret-that-would-not-open-it!!", salt }, later),
    ).rejects.toThrow();
  });

  it("keeps nothing for a cookie that does not open", async () => {
    await expect(decodeOnce({ token: "not-a-jwe", secret, salt })).rejects.toThrow();
    expect(await decodeOnce({ token: "", secret, salt })).toBeNull();
  });
});
