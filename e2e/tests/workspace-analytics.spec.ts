import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";

/**
 * The dashboard's figures and the analytics page. Mama Akinyi's Kitchen is used by no other spec,
 * and this one only reads: it changes no row.
 */
const business = { subdomain: "mama-akinyi" };
const owner = `owner@${business.subdomain}.demo.aizalo.test`;
const viewer = `viewer@${business.subdomain}.demo.aizalo.test`;
const KPI_LABELS = [
  "Conversations today",
  "Open conversations",
  "New leads this week",
  "Conversion rate",
  "Revenue this month",
];

async function openFromMenu(page: Page, name: string) {
  // On a phone the navigation sits behind the menu button.
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) {
    await menu.click();
    await page.getByRole("dialog").getByRole("link", { name }).click();
  } else {
    await page.getByRole("link", { name, exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** The screen-reader sentence of a chart, which names its periods and totals. */
function chartSummary(page: Page, title: string) {
  return page.getByRole("figure", { name: title }).locator("figcaption .sr-only");
}

/** Neither the page nor its scrolling main area is wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => {
    const main = document.getElementById("main-content");
    return {
      page: document.documentElement.scrollWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
      viewport: window.innerWidth,
    };
  });
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.main).toBeLessThanOrEqual(0);
}

/** YYYY-MM-DD, `daysAgo` days before today in Nairobi. */
function nairobiDate(daysAgo: number) {
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Nairobi" }).format(at);
}

/** The chart label of that day: "20 Nov". */
function dayLabel(daysAgo: number) {
  const day = new Date(`${nairobiDate(daysAgo)}T00:00:00Z`);
  return new Intl.DateTimeFormat("en-KE", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(day);
}

test("the dashboard shows the business's figures and its latest activity", async ({ page }) => {
  await signIn(page, `/${business.subdomain}/login`, owner);
  await expect(page).toHaveURL(`/${business.subdomain}/dashboard`);
  const figures = page.getByRole("region", { name: "Key figures" });
  for (const label of KPI_LABELS)
    await expect(figures.getByText(label, { exact: true })).toBeVisible();
  // The business's currency, as Kenyan readers write it ("Ksh 12,500").
  await expect(figures.getByText(/^(Ksh|KES)\s?\d/)).toBeVisible();
  await expect(figures.getByText(/Leads won ÷ leads closed/)).toBeVisible();
  const activity = page.getByRole("region", { name: "Recent activity" });
  await expect(activity.getByRole("listitem").first()).toBeVisible();
  // Each event links to where it can be acted on.
  await expect(activity.getByRole("link").first()).toHaveAttribute(
    "href",
    new RegExp(`^/${business.subdomain}/(customers|conversations|leads|campaigns)`),
  );
});

test("analytics: presets and a custom range change the charts; a bad range is explained", async ({
  page,
}) => {
  await signIn(page, `/${business.subdomain}/login`, owner);
  await openFromMenu(page, "Analytics");
  const presets = page.getByRole("navigation", { name: "Date range presets" });
  await expect(presets.getByRole("link", { name: "Last 30 days" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const conversations = chartSummary(page, "Conversations by channel");
  await expect(conversations).toContainText("30 periods");

  await presets.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/preset=7d/);
  await expect(conversations).toContainText("7 periods");
  await expect(chartSummary(page, "Customers added")).toContainText(`(${dayLabel(6)})`);

  // A longer custom range is drawn per week.
  const custom = page.getByRole("form", { name: "Custom date range" });
  await custom.getByLabel("From").fill(nairobiDate(120));
  await custom.getByLabel("To").fill(nairobiDate(0));
  await custom.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/from=.*&to=/);
  await expect(conversations).toContainText("from Wk");

  await custom.getByLabel("From").fill(nairobiDate(0));
  await custom.getByLabel("To").fill(nairobiDate(5));
  await custom.getByRole("button", { name: "Show" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The end date must be on or after the start date" }),
  ).toBeVisible();
  await expect(conversations).toContainText("30 periods");
});

test("on a 360 px phone the dashboard and analytics fit the screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, `/${business.subdomain}/login`, owner);
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await openFromMenu(page, "Analytics");
  await expect(page.getByRole("figure", { name: "Conversations by channel" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("a viewer sees the dashboard but not analytics", async ({ page }) => {
  await signIn(page, `/${business.subdomain}/login`, viewer);
  await expect(page.getByRole("region", { name: "Key figures" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Analytics", exact: true })).toHaveCount(0);
  const response = await page.goto(`/${business.subdomain}/analytics`);
  expect(response?.status()).toBe(403);
});
