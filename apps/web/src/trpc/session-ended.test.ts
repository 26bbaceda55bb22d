import { describe, expect, it } from "vitest";
import { pathAfterSessionEnded } from "./session-ended";

describe("where an ended session sends the browser", () => {
  it("sends a business's user to that business's sign-in page, with the reason", () => {
    expect(pathAfterSessionEnded("account-deactivated", "/pwani-breeze/customers")).toBe(
      "/pwani-breeze/login?ended=account-deactivated",
    );
  });

  it("sends staff to the staff sign-in page", () => {
    expect(pathAfterSessionEnded("password-changed", "/sales/leads")).toBe(
      "/login?ended=password-changed",
    );
    expect(pathAfterSessionEnded("role-changed", "/admin/tenants")).toBe(
      "/login?ended=role-changed",
    );
  });

  it("returns the owner to /admin when a login as a business ends", () => {
    expect(pathAfterSessionEnded("impersonation-ended", "/pwani-breeze/dashboard")).toBe(
      "/admin?loginAsEnded=pwani-breeze",
    );
  });
});
