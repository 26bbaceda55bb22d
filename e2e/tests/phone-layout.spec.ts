import { expect, test, type Page } from "@playwright/test";
import { activeBusiness } from "./origins";

// The narrowest phones our tenants use: 360 CSS pixels wide.
test.use({
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });
}

test("a business's sign-in page fits a 360 px phone without sideways scrolling", async ({
  page,
}, testInfo) => {
  await page.goto(`/${activeBusiness.subdomain}/login`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(activeBusiness.name);

  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(
    360,
  );
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("tenant-login-360.png"), fullPage: true });
});

test("the home page fits a 360 px phone without sideways scrolling", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Go to sign-in" })).toBeVisible();

  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("home-360.png"), fullPage: true });
});
