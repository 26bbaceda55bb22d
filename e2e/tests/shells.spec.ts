import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  otherBusiness,
  platformOwner,
  pwaniOwner,
  salesRep,
  signIn,
  signInAsPlatformOwner,
} from "./accounts";

const FORBIDDEN_HEADING = "This page isn't open to your account";

test("the platform owner lands on the admin overview", async ({ page }, testInfo) => {
  await signInAsPlatformOwner(page);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Businesses by subscription status" }),
  ).toContainText("Suspended");
  await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(
    page.getByRole("button", { name: `Account menu: ${platformOwner.name}` }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("admin-overview.png"), fullPage: true });

  // The owner may look into the sales app too.
  const sales = await page.goto("/sales");
  expect(sales?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
});

test("a sales rep lands on the sales dashboard and gets 403 at /admin", async ({
  page,
}, testInfo) => {
  await signIn(page, "/login", salesRep.email);
  await expect(page).toHaveURL("/sales");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText("Your clients")).toBeVisible();
  // The header shows who is signed in, and in what role.
  await expect(page.getByRole("button", { name: `Account menu: ${salesRep.name}` })).toContainText(
    "Sales rep",
  );
  await page.screenshot({ path: testInfo.outputPath("sales-dashboard.png"), fullPage: true });

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: FORBIDDEN_HEADING })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("sales-rep-at-admin-403.png") });
});

test("a business owner lands on their dashboard and cannot open another business", async ({
  page,
}, testInfo) => {
  await signIn(page, `/${pwaniOwner.subdomain}/login`, pwaniOwner.email);
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);
  await expect(
    page.getByRole("heading", { level: 1, name: pwaniOwner.businessName }),
  ).toBeVisible();
  await expect(page.getByText(pwaniOwner.industry, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Open conversations")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("tenant-dashboard.png"), fullPage: true });

  // Pages and API calls carry the session cookie alone (Auth.js keeps its others to /api/auth).
  const sentOutsideAuth = await page
    .context()
    .cookies(new URL("/api/trpc/tenant.me", page.url()).href);
  expect(sentOutsideAuth.map((cookie) => cookie.name)).toEqual(["authjs.session-token"]);

  // The business's bare address, typed with capitals, opens its dashboard.
  await page.goto("/Pwani-Breeze");
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);

  for (const elsewhere of [`/${otherBusiness.subdomain}/dashboard`, "/admin", "/sales"]) {
    const response = await page.goto(elsewhere);
    expect(response?.status(), elsewhere).toBe(403);
    await expect(page.getByRole("heading", { name: FORBIDDEN_HEADING })).toBeVisible();
    // The refusal says nothing about whose page it was.
    await expect(page.locator("body")).not.toContainText(otherBusiness.name);
  }
  await page.screenshot({ path: testInfo.outputPath("tenant-at-other-business-403.png") });
});

test("signed-out visitors are sent to the right sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL("/login?next=%2Fadmin");
  await page.goto("/sales");
  await expect(page).toHaveURL("/login?next=%2Fsales");
  await page.goto(`/${pwaniOwner.subdomain}/dashboard`);
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/login`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pwaniOwner.businessName);
});

test("after signing in, staff return to the page that sent them to sign in", async ({ page }) => {
  await page.goto("/sales/account");
  await expect(page).toHaveURL("/login?next=%2Fsales%2Faccount");
  await page.getByLabel("Email").fill(salesRep.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/sales/account");
});

test("signing out from the user menu ends the session", async ({ page }) => {
  await signIn(page, `/${pwaniOwner.subdomain}/login`, pwaniOwner.email);
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);

  await page.getByRole("button", { name: `Account menu: ${pwaniOwner.name}` }).click();
  await expect(page.getByRole("menuitem", { name: "Change password" })).toBeVisible();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/login`);

  await page.goto(`/${pwaniOwner.subdomain}/dashboard`);
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/login`);
});

test("the owner logged in as a business sees the banner on its pages, and Stop ends it", async ({
  page,
}, testInfo) => {
  await signInAsPlatformOwner(page);
  // The admin app's Tenants page will hold this form; until then the test posts it itself.
  await page.evaluate((tenantId) => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/api/impersonation/start";
    for (const [name, value] of Object.entries({ tenantId, reason: "Shell banner check" })) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, pwaniOwner.tenantId);

  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);
  const banner = page.getByRole("region", { name: "Signed in as a business" });
  await expect(banner).toContainText(`Viewing ${pwaniOwner.businessName}`);
  await expect(banner).toContainText("read-only");
  await expect(
    page.getByRole("heading", { level: 1, name: pwaniOwner.businessName }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("impersonation-banner.png") });

  await banner.getByRole("button", { name: "Stop" }).click();
  // Back in the owner's own session, told that the login as the business ended.
  await expect(page).toHaveURL(/\/admin\?loginAsEnded=[a-z0-9-]+$/);
  await expect(page.getByRole("region", { name: "Signed in as a business" })).toHaveCount(0);
});

test.describe("on a 360 px phone", () => {
  test.use({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });

  test("the business's shell fits without sideways scrolling and its menu opens", async ({
    page,
  }, testInfo) => {
    await signIn(page, `/${pwaniOwner.subdomain}/login`, pwaniOwner.email);
    await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);
    await expect(
      page.getByRole("heading", { level: 1, name: pwaniOwner.businessName }),
    ).toBeVisible();

    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const main = document.getElementById("main-content");
      return Math.max(
        root.scrollWidth - window.innerWidth,
        main ? main.scrollWidth - main.clientWidth : 0,
      );
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: testInfo.outputPath("tenant-dashboard-360.png"),
      fullPage: true,
    });

    await page.getByRole("button", { name: "Open menu" }).click();
    const menu = page.getByRole("dialog");
    await expect(menu.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("tenant-menu-360.png") });
    await menu.getByRole("link", { name: "Dashboard" }).click();
    await expect(menu).toBeHidden();

    await page.getByRole("button", { name: `Account menu: ${pwaniOwner.name}` }).click();
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("tenant-user-menu-360.png") });
  });
});
