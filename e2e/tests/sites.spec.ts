import { expect, test } from "@playwright/test";
import { activeBusiness, siteOrigin, suspendedBusiness } from "./origins";

test("a published business website is served on its own subdomain", async ({ page }, testInfo) => {
  const response = await page.goto(siteOrigin(activeBusiness.subdomain));
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(new RegExp(activeBusiness.name));
  await expect(page.getByRole("banner")).toContainText(activeBusiness.name);
  await page.screenshot({ path: testInfo.outputPath("site-home.png"), fullPage: true });
});

test("a suspended business's website says it is unavailable, and nothing more", async ({
  page,
}, testInfo) => {
  await page.goto(siteOrigin(suspendedBusiness.subdomain));
  await expect(
    page.getByRole("heading", { name: `${suspendedBusiness.name} is unavailable` }),
  ).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.screenshot({ path: testInfo.outputPath("suspended-site-unavailable.png") });
});

test("an unknown subdomain is a 404", async ({ page }) => {
  const response = await page.goto(siteOrigin("no-such-business"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "There is no website here" })).toBeVisible();
});
