import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";

/**
 * "Export everything": Menengai Auto's owner asks for an archive of all the business's data,
 * watches the worker's progress reach 100 % and downloads the zip. Used by no other spec; an
 * export changes no business row.
 */
const garage = { subdomain: "menengai-auto" };
const owner = `owner@${garage.subdomain}.demo.aizalo.test`;
const viewer = `viewer@${garage.subdomain}.demo.aizalo.test`;

async function openYourData(page: Page) {
  await signIn(page, `/${garage.subdomain}/login`, owner);
  await expect(page).toHaveURL(`/${garage.subdomain}/dashboard`);
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) {
    await menu.click();
    await page.getByRole("dialog").getByRole("link", { name: "Settings" }).click();
  } else {
    await page.getByRole("link", { name: "Settings" }).click();
  }
  await page
    .getByRole("navigation", { name: "Settings sections" })
    .getByRole("link", { name: "Your data" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Export everything" })).toBeVisible();
}

test("the owner exports everything, sees progress reach done, and downloads the zip", async ({
  page,
}) => {
  await openYourData(page);
  await page.getByRole("button", { name: "Export everything" }).click();
  const progress = page.getByRole("progressbar");
  await expect(progress).toBeVisible();
  // The worker picks it up within a couple of seconds; the page polls every second.
  await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
  await expect(page.getByTestId("task-status")).toContainText("Done");

  const link = page.getByRole("link", { name: /^Download menengai-auto-export-.*\.zip$/ });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^menengai-auto-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await readFile(await download.path());
  // A zip starts with "PK\x03\x04" and holds, among others, the customers as CSV.
  expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  expect(zip.includes(Buffer.from("customers.csv"))).toBe(true);
  expect(zip.length).toBeGreaterThan(1_000);

  // Another id, or a made-up one, is not found, even for the owner.
  const missing = await page.request.get(`/api/workspace/exports/${crypto.randomUUID()}`);
  expect(missing.status()).toBe(404);
  expect((await page.request.get("/api/workspace/exports/not-an-id")).status()).toBe(404);
});

test("a viewer finds no export page, and the download route refuses them", async ({ browser }) => {
  const ownerPage = await browser.newPage();
  await openYourData(ownerPage);
  const href = await ownerPage
    .getByRole("link", { name: /^Download / })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/^\/api\/workspace\/exports\//);
  await ownerPage.close();

  const page = await browser.newPage();
  await signIn(page, `/${garage.subdomain}/login`, viewer);
  await page.goto(`/${garage.subdomain}/settings`);
  await expect(page.getByRole("link", { name: "Your data" })).toHaveCount(0);
  const response = await page.goto(`/${garage.subdomain}/settings/data`);
  expect(response?.status()).toBe(403);
  expect((await page.request.get(href!)).status()).toBe(403);
  await page.close();
});

test("the export page fits a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openYourData(page);
  const widths = await page.evaluate(() => {
    const main = document.getElementById("main-content");
    return {
      page: document.documentElement.scrollWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(widths.page).toBeLessThanOrEqual(360);
  expect(widths.main).toBeLessThanOrEqual(0);
});
