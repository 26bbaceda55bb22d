import { describe, expect, it } from "vitest";
import { isActivePath } from "./active-path";

describe("isActivePath", () => {
  it("marks a section on its own page and the pages under it", () => {
    expect(isActivePath("/acme/customers", "/acme/customers")).toBe(true);
    expect(isActivePath("/acme/customers/42/edit", "/acme/customers")).toBe(true);
    expect(isActivePath("/acme/customers/", "/acme/customers")).toBe(true);
    expect(isActivePath("/acme/customers?page=2", "/acme/customers")).toBe(true);
  });

  it("does not mark a sibling that only starts with the same letters", () => {
    expect(isActivePath("/acme/campaigns-archive", "/acme/campaigns")).toBe(false);
    expect(isActivePath("/acme/dashboard", "/acme/customers")).toBe(false);
  });

  it("marks the root only on the root, and exact links only on themselves", () => {
    expect(isActivePath("/admin/tenants", "/")).toBe(false);
    expect(isActivePath("/", "/")).toBe(true);
    expect(isActivePath("/admin/tenants", "/admin", true)).toBe(false);
    expect(isActivePath("/admin", "/admin", true)).toBe(true);
  });
});
