import { describe, expect, it } from "vitest";
import {
  isAvailableSubdomainName,
  isReservedSubdomain,
  RESERVED_SUBDOMAINS,
  SUBDOMAIN_PATTERN,
  subdomainNameSchema,
} from "./subdomain";

describe("isAvailableSubdomainName", () => {
  it.each(["acme", "mama-mboga", "duka254", "a1b", "x".repeat(50)])("accepts %s", (name) => {
    expect(isAvailableSubdomainName(name)).toBe(true);
  });

  it.each([
    ["too short", "ab"],
    ["too long", "x".repeat(51)],
    ["uppercase", "Acme"],
    ["leading hyphen", "-acme"],
    ["trailing hyphen", "acme-"],
    ["a dot", "acme.shop"],
    ["an underscore", "acme_shop"],
    ["a space", "acme shop"],
    ["Next internals", "_next"],
    ["empty", ""],
  ])("rejects %s", (_reason, name) => {
    expect(isAvailableSubdomainName(name)).toBe(false);
  });

  it.each(["admin", "sales", "login", "invite", "reset", "api", "www", "app", "mail", "cdn"])(
    "rejects the reserved name %s",
    (name) => {
      expect(isAvailableSubdomainName(name)).toBe(false);
      expect(isReservedSubdomain(name.toUpperCase())).toBe(true);
    },
  );

  it("keeps only reserved names that would otherwise be valid, so none is dead weight", () => {
    const unmatchable = [...RESERVED_SUBDOMAINS].filter((name) => !SUBDOMAIN_PATTERN.test(name));
    expect(unmatchable).toEqual([]);
  });
});

describe("subdomainNameSchema", () => {
  it("normalises what a person types", () => {
    expect(subdomainNameSchema.parse("  Mama-Mboga ")).toBe("mama-mboga");
  });

  it("explains a reserved name", () => {
    const result = subdomainNameSchema.safeParse("Admin");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("This name is reserved by Aizalo.");
  });

  it("explains a malformed name", () => {
    const result = subdomainNameSchema.safeParse("acme_shop");
    expect(result.error?.issues[0]?.message).toMatch(/lowercase letters/);
  });
});
