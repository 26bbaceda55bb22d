import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const forwardedFor = (value?: string) =>
  new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("without a trusted proxy, takes the address Next.js recorded from the socket", () => {
    expect(clientAddress(forwardedFor("::ffff:10.1.2.3"), 0)).toBe("10.1.2.3");
    expect(clientAddress(forwardedFor("2001:DB8::1"), 0)).toBe("2001:db8::1");
    expect(clientAddress(forwardedFor(), 0)).toBeNull();
  });

  it("behind n trusted proxies, takes the n-th address from the right and ignores what the client wrote", () => {
    const header = forwardedFor("6.6.6.6, 203.0.113.9, 10.0.0.2");
    expect(clientAddress(header, 1)).toBe("10.0.0.2");
    expect(clientAddress(header, 2)).toBe("203.0.113.9");
  });

  it("refuses what is not an address", () => {
    expect(clientAddress(forwardedFor("<script>"), 1)).toBeNull();
  });
});
