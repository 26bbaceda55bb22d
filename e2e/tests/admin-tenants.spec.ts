import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signInAsPlatformOwner } from "./accounts";
import { siteOrigin } from "./origins";

/**
 * The owner manages one business from /admin/tenants. Kilele Tech Hub is used by no other spec,
 * and is on trial: suspending it changes no paying-tenant figure (MRR, churn) that other specs
 * may check. The spec puts it back as it found it: on trial, reachable, site published.
 */
const kilele = {
  name: "Kilele Tech Hub",
  subdomain: "kilele-tech",
  ownerEmail: "owner@kilele-tech.demo.aizalo.test",
};
const SUSPEND_REASON = "Card payment disputed, checking with the bank";
const REACTIVATE_REASON = "Bank confirmed the payment is genuine";

test.describe.configure({ mode: "serial" });

async function openKilele(page: Page) {
  await page.goto("/admin/tenants");
  await page.getByLabel("Industry").selectOption({ label: "Tech shop" });
  await expect(page).toHaveURL(/industry=tech/);
  const table = page.getByRole("table", { name: "Tenants" });
  await expect(table.getByRole("link", { name: kilele.name })).toBeVisible();
  await table.getByRole("link", { name: kilele.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: kilele.name })).toBeVisible();
}

/** Signs in at the business's own login in a separate browser, and returns what happened. */
async function ownerSignInAttempt(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/${kilele.subdomain}/login`);
  await page.getByLabel("Email").fill(kilele.ownerEmail);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { page, close: () => context.close() };
}

test.afterAll(async ({ browser }) => {
  // If a step failed between suspend and reactivate, put the business back for other specs.
  const page = await browser.newPage();
  await signInAsPlatformOwner(page);
  await openKilele(page);
  const reactivate = page.getByRole("button", { name: "Reactivate" });
  if (await reactivate.isVisible()) {
    await reactivate.click();
    await page.getByRole("dialog").getByLabel("Reason").fill("Restoring after a failed test");
    await page.getByRole("dialog").getByRole("button", { name: "Reactivate" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
  }
  await page.close();
});

test("the owner finds a business with filters and search", async ({ page }, testInfo) => {
  await signInAsPlatformOwner(page);
  await page.getByRole("link", { name: "Tenants" }).click();
  await expect(page).toHaveURL("/admin/tenants");
  const table = page.getByRole("table", { name: "Tenants" });
  await expect(table.getByRole("link", { name: "Pwani Breeze Hotel" })).toBeVisible();

  await page.getByLabel("Status").selectOption({ label: "On trial" });
  await expect(page).toHaveURL(/status=trial/);
  await expect(table.getByRole("link", { name: kilele.name })).toBeVisible();
  await expect(table.getByRole("link", { name: "Pwani Breeze Hotel" })).toHaveCount(0);

  await page.getByLabel("Search").fill("no business is called this");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "No tenants match" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(table.getByRole("link", { name: "Pwani Breeze Hotel" })).toBeVisible();

  await table.getByRole("button", { name: "Fee / month" }).click();
  await expect(page).toHaveURL(/sort=-fee/);
  await expect(page.getByRole("columnheader", { name: "Fee / month" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await page.screenshot({ path: testInfo.outputPath("tenants-list.png"), fullPage: true });
});

test("on a 360 px phone the list stacks each business as a card, without sideways scrolling", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsPlatformOwner(page);
  await page.goto("/admin/tenants?industry=tech");
  const table = page.getByRole("table", { name: "Tenants" });
  await expect(table.getByRole("link", { name: kilele.name })).toBeVisible();
  // Every field of the row is on screen, labelled, within the phone's width.
  const cell = table.getByRole("cell").filter({ hasText: "Nairobi" }).first();
  await expect(cell).toHaveAttribute("data-label", "City");
  const box = await cell.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(360);
  const overflow = await page.evaluate(
    () => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("tenants-list-360.png"), fullPage: true });
});

test("suspending a business closes its site and sign-in; reactivating opens them again", async ({
  page,
  browser,
}, testInfo) => {
  await signInAsPlatformOwner(page);
  await openKilele(page);

  await page.getByRole("button", { name: "Suspend" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Reason").fill("late");
  await dialog.getByRole("button", { name: "Suspend" }).click();
  await expect(dialog.getByText("Say why, in at least 10 characters.")).toBeVisible();
  await dialog.getByLabel("Reason").fill(SUSPEND_REASON);
  await dialog.getByRole("button", { name: "Suspend" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("note")).toContainText(SUSPEND_REASON);
  await expect(page.getByRole("button", { name: "Reactivate" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("tenant-suspended.png"), fullPage: true });

  const site = await page.context().newPage();
  await site.goto(siteOrigin(kilele.subdomain));
  await expect(site.getByRole("heading", { name: `${kilele.name} is unavailable` })).toBeVisible();
  await site.screenshot({ path: testInfo.outputPath("site-unavailable.png") });

  const refused = await ownerSignInAttempt(browser);
  await expect(refused.page.getByText("This business's account is suspended")).toBeVisible();
  await expect(refused.page).toHaveURL(new RegExp(`/${kilele.subdomain}/login$`));
  await refused.close();

  await page.getByRole("button", { name: "Reactivate" }).click();
  await dialog.getByLabel("Reason").fill(REACTIVATE_REASON);
  await dialog.getByRole("button", { name: "Reactivate" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Suspend" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Subscription history" })).toContainText(
    REACTIVATE_REASON,
  );

  await site.reload();
  await expect(site.getByRole("banner")).toContainText(kilele.name);
  await site.close();

  const welcomed = await ownerSignInAttempt(browser);
  await expect(welcomed.page).toHaveURL(new RegExp(`/${kilele.subdomain}/dashboard$`));
  await welcomed.close();
});

test("the owner logs in as the business, read-only, and stops", async ({ page }, testInfo) => {
  await signInAsPlatformOwner(page);
  await openKilele(page);

  await page.getByRole("button", { name: "Login as tenant" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("30 minutes");
  await dialog.getByLabel("Reason").fill("Owner asked why the website form is quiet");
  await dialog.getByRole("button", { name: "Start" }).click();

  await expect(page).toHaveURL(new RegExp(`/${kilele.subdomain}/dashboard$`));
  const banner = page.getByRole("region", { name: "Signed in as a business" });
  await expect(banner).toContainText(`Viewing ${kilele.name} · read-only`);
  await page.screenshot({ path: testInfo.outputPath("login-as-tenant.png") });

  await banner.getByRole("button", { name: "Stop" }).click();
  // Back in the owner's own session, told that the login as the business ended.
  await expect(page).toHaveURL(/\/admin\?loginAsEnded=[a-z0-9-]+$/);
});
