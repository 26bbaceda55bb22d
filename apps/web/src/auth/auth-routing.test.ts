import { describe, expect, it } from "vitest";
import { homeFor, loginPathFor } from "./claims";
import { sessionEndedNotice } from "./session-ended-notice";
import { refusalMessage, SignInRefused } from "./sign-in-refusal";

const platform = (role: "owner" | "admin" | "sales" | "support") =>
  ({ userType: "platform", userId: "u", role, sessionVersion: 1 }) as const;
const tenant = {
  userType: "tenant",
  userId: "u",
  role: "staff",
  tenantId: "t",
  subdomain: "pwani-breeze",
  sessionVersion: 1,
} as const;

describe("after sign-in", () => {
  it("sends owner/admin to /admin, sales/support to /sales, a business's users to its dashboard", () => {
    expect(homeFor(platform("owner"))).toBe("/admin");
    expect(homeFor(platform("admin"))).toBe("/admin");
    expect(homeFor(platform("sales"))).toBe("/sales");
    expect(homeFor(platform("support"))).toBe("/sales");
    expect(homeFor(tenant)).toBe("/pwani-breeze/dashboard");
  });

  it("sends people back to their own sign-in page", () => {
    expect(loginPathFor(tenant)).toBe("/pwani-breeze/login");
    expect(loginPathFor(platform("sales"))).toBe("/login");
    expect(loginPathFor(null)).toBe("/login");
  });
});

describe("what a refused sign-in says", () => {
  it("carries the refusal and lockout minutes from authorize() to the form", () => {
    expect(refusalMessage(new SignInRefused("invalid").code)).toBe(
      "Email or password is incorrect.",
    );
    expect(refusalMessage(new SignInRefused("locked", 840).code)).toBe(
      "Too many attempts. Try again in 14 minutes.",
    );
    expect(refusalMessage(new SignInRefused("suspended").code)).toMatch(/suspended/);
    expect(refusalMessage("something-else")).toBe("Email or password is incorrect.");
  });

  it("explains an ended session only for reasons it knows", () => {
    expect(sessionEndedNotice("account-deactivated")).toBe(
      "You were signed out: your account was deactivated.",
    );
    expect(sessionEndedNotice("<script>")).toBeUndefined();
    expect(sessionEndedNotice(["role-changed", "x"])).toBeUndefined();
  });
});
