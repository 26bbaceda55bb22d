import { encode } from "@auth/core/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";

const secret = "a-test-secret-of-at-least-thirty-two-characters";
vi.mock("../auth", () => ({ authSecret: "a-test-secret-of-at-least-thirty-two-characters" }));
const { readSessionToken } = await import("./session-token");

const salt = "authjs.session-token";
const cookieFor = async (sub: string, maxAge = 60) =>
  `theme=dark; ${salt}=${await encode({ token: { sub }, secret, salt, maxAge })}`;
const read = (cookie: string | null) =>
  readSessionToken(new Headers(cookie === null ? {} : { cookie }), "http://localhost/api/trpc/x");

describe("reading the session cookie", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads each person's own cookie, the same header again from memory", async () => {
    const wanjiru = await cookieFor("wanjiru");
    const otieno = await cookieFor("otieno");
    const first = await read(wanjiru);
    expect(first).toMatchObject({ sub: "wanjiru" });
    expect(await read(otieno)).toMatchObject({ sub: "otieno" });
    expect(await read(wanjiru)).toBe(first);
    expect(await read(null)).toBeNull();
    expect(await read("theme=dark")).toBeNull();
  });

  it("does not answer from memory once the token has expired", async () => {
    const cookie = await cookieFor("akinyi", 60);
    expect(await read(cookie)).toMatchObject({ sub: "akinyi" });
    vi.useFakeTimers({ now: Date.now() + 120_000 });
    expect(await read(cookie)).toBeNull();
  });
});
