import { describe, expect, it } from "vitest";
import { returnPathAfterSignIn, routeDecision, shellOf } from "./shell-rules";

const staff = (role: "owner" | "admin" | "sales" | "support") =>
  ({ userType: "platform", userId: "u", role, sessionVersion: 1 }) as const;
const pwaniOwner = {
  userType: "tenant",
  userId: "u",
  role: "owner",
  tenantId: "t",
  subdomain: "pwani-breeze",
  sessionVersion: 1,
} as const;
const impersonatingOwner = { ...pwaniOwner, impersonatorId: "o", impersonationSessionId: "s" };

describe("shellOf", () => {
  it("knows the three shells and leaves public pages alone", () => {
    expect(shellOf("/admin/tenants")).toEqual({ kind: "admin" });
    expect(shellOf("/sales")).toEqual({ kind: "sales" });
    expect(shellOf("/Pwani-Breeze/dashboard")).toEqual({
      kind: "workspace",
      subdomain: "pwani-breeze",
    });
    for (const open of [
      "/",
      "/login",
      "/login/reset",
      "/pwani-breeze/login/reset/x",
      "/api/trpc",
    ]) {
      expect(shellOf(open), open).toBeNull();
    }
    // Not a possible business name: the app's 404 answers, not a sign-in page.
    expect(shellOf("/no_such_page/here")).toBeNull();
  });
});

describe("routeDecision", () => {
  it("sends signed-out people to the right sign-in page", () => {
    expect(routeDecision("/admin/tenants", "?page=2", null)).toEqual({
      action: "sign-in",
      to: "/login?next=%2Fadmin%2Ftenants%3Fpage%3D2",
    });
    expect(routeDecision("/sales", "", undefined)).toEqual({
      action: "sign-in",
      to: "/login?next=%2Fsales",
    });
    expect(routeDecision("/pwani-breeze/customers", "", null)).toEqual({
      action: "sign-in",
      to: "/pwani-breeze/login",
    });
    expect(routeDecision("/pwani-breeze/login", "", null)).toEqual({ action: "allow" });
  });

  it("sends a business's address typed with capitals to its lowercase address", () => {
    expect(routeDecision("/Pwani-Breeze/dashboard", "?tab=today", pwaniOwner)).toEqual({
      action: "lowercase",
      to: "/pwani-breeze/dashboard?tab=today",
    });
  });

  it("keeps sales and support out of admin, and businesses out of the staff apps", () => {
    expect(routeDecision("/admin", "", staff("owner")).action).toBe("allow");
    expect(routeDecision("/admin", "", staff("admin")).action).toBe("allow");
    expect(routeDecision("/admin", "", staff("sales")).action).toBe("forbidden");
    expect(routeDecision("/admin", "", staff("support")).action).toBe("forbidden");
    expect(routeDecision("/sales", "", staff("owner")).action).toBe("allow");
    expect(routeDecision("/sales", "", staff("support")).action).toBe("allow");
    expect(routeDecision("/sales", "", pwaniOwner).action).toBe("forbidden");
    expect(routeDecision("/admin", "", pwaniOwner).action).toBe("forbidden");
  });

  it("opens a workspace only to its own business, or to the owner logged in as it", () => {
    expect(routeDecision("/pwani-breeze/dashboard", "", pwaniOwner).action).toBe("allow");
    expect(routeDecision("/baraka-hardware/dashboard", "", pwaniOwner).action).toBe("forbidden");
    expect(routeDecision("/pwani-breeze/dashboard", "", impersonatingOwner).action).toBe("allow");
    expect(routeDecision("/baraka-hardware/dashboard", "", impersonatingOwner).action).toBe(
      "forbidden",
    );
    expect(routeDecision("/pwani-breeze/dashboard", "", staff("owner")).action).toBe("forbidden");
  });
});

describe("returnPathAfterSignIn", () => {
  it("returns to the protected page the person came from, when they may open it", () => {
    expect(returnPathAfterSignIn("/admin/tenants?page=2", staff("admin"))).toBe(
      "/admin/tenants?page=2",
    );
    expect(returnPathAfterSignIn("/pwani-breeze/dashboard", pwaniOwner)).toBe(
      "/pwani-breeze/dashboard",
    );
  });

  it("ignores pages the person may not open, public pages and other sites", () => {
    expect(returnPathAfterSignIn("/admin", staff("sales"))).toBeNull();
    expect(returnPathAfterSignIn("/jenga-bora/dashboard", pwaniOwner)).toBeNull();
    expect(returnPathAfterSignIn("/login/reset", staff("owner"))).toBeNull();
    for (const outside of [
      "//evil.example/admin",
      "/\\evil.example",
      "https://evil.example/admin",
    ]) {
      expect(returnPathAfterSignIn(outside, staff("owner")), outside).toBeNull();
    }
    expect(returnPathAfterSignIn(undefined, staff("owner"))).toBeNull();
  });
});
