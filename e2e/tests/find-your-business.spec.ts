import { expect, test } from "@playwright/test";
import { activeBusiness } from "./origins";

test("the home page opens a business's sign-in page from its address", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Your customers");

  // People type addresses the way they say them: capitals and spaces around are forgiven.
  await page
    .getByLabel("Your business's Aizalo address")
    .fill(` ${activeBusiness.subdomain.toUpperCase()} `);
  await page.getByRole("button", { name: "Go to sign-in" }).click();

  await expect(page).toHaveURL(`/${activeBusiness.subdomain}/login`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(activeBusiness.name);
  await expect(page).toHaveTitle(new RegExp(activeBusiness.name));
});

test("the home page says plainly when no business uses an address", async ({ page }) => {
  await page.goto("/");
  const address = page.getByLabel("Your business's Aizalo address");
  await address.fill("no-such-business");
  await page.getByRole("button", { name: "Go to sign-in" }).click();

  // The message is read out with the field, not only painted red under it.
  await expect(address).toHaveAccessibleDescription(/No business uses the address/);
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL("/");
});

test("an unknown business's sign-in address is a 404 page with a way back", async ({
  page,
}, testInfo) => {
  const response = await page.goto("/no-such-business/login");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No business uses this address" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("unknown-business-404.png") });

  await page.getByRole("link", { name: "Find your business" }).click();
  await expect(page).toHaveURL("/");
});

test("an unknown page is a 404 page", async ({ page }) => {
  // Not a possible business address (an underscore): a first segment that could be one leads a
  // signed-out visitor to that business's sign-in page instead (tests/shells.spec.ts).
  const response = await page.goto("/this_page/does/not/exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});

test("the business finder works from the keyboard alone", async ({ page }) => {
  await page.goto("/");
  const address = page.getByLabel("Your business's Aizalo address");
  // Tab from the top of the page: the field must be reachable, and early.
  for (let presses = 0; presses < 6; presses += 1) {
    await page.keyboard.press("Tab");
    if (await address.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(address).toBeFocused();

  await page.keyboard.type(activeBusiness.subdomain);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`/${activeBusiness.subdomain}/login`);
});
