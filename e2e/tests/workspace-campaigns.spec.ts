import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";

/**
 * A business's campaigns. Mama Akinyi's Kitchen is used by no other spec; this spec only adds
 * campaigns of its own (a unique name per run) and changes no seeded row.
 */
const kitchen = { subdomain: "mama-akinyi", name: "Mama Akinyi's Kitchen" };
const owner = `owner@${kitchen.subdomain}.demo.aizalo.test`;
const viewer = `viewer@${kitchen.subdomain}.demo.aizalo.test`;

/** "2026-12-03T10:00" in Nairobi, `days` from now: what a datetime-local field takes. */
function nairobiInput(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000 + 3 * 3_600_000);
  return `${at.toISOString().slice(0, 10)}T10:00`;
}

async function openCampaigns(page: Page) {
  await signIn(page, `/${kitchen.subdomain}/login`, owner);
  await expect(page).toHaveURL(`/${kitchen.subdomain}/dashboard`);
  // On a phone the navigation sits behind the menu button.
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) {
    await menu.click();
    await page.getByRole("dialog").getByRole("link", { name: "Campaigns" }).click();
  } else {
    await page.getByRole("link", { name: "Campaigns" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
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

/** The number in "Reaches N customers". */
async function reached(page: Page): Promise<number> {
  const count = page.getByTestId("audience-count");
  await expect(count).toContainText(/Reaches \d+/);
  const text = (await count.textContent()) ?? "";
  return Number(/Reaches ([\d,]+)/.exec(text)?.[1]?.replace(/,/g, ""));
}

/** Builds a campaign with an audience, watches the live count, and schedules it. */
async function buildAndSchedule(page: Page, name: string) {
  await page.getByRole("link", { name: "New campaign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New campaign" })).toBeVisible();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByLabel("Kind of campaign").selectOption({ label: "Keep customers" });
  await page.getByLabel("Budget (KES)").fill("7,500");

  // WhatsApp is chosen by default; add SMS.
  await page.getByRole("checkbox", { name: "SMS" }).check();
  await page
    .getByLabel("WhatsApp message")
    .fill("Habari {{first_name}}! Lunch is on us at {{business_name}}.");
  // A misspelt variable is caught while typing, naming it and the known ones.
  await page.getByLabel("SMS message").fill("{{frist_name}}, 2-for-1 fish on Friday!");
  await expect(
    page.getByText(/Unknown variable \{\{frist_name\}\}: use one of \{\{first_name\}\}/),
  ).toBeVisible();
  await page
    .getByLabel("SMS message")
    .fill("{{first_name}}, 2-for-1 fish on Friday! Reply STOP to opt out.");
  await expect(page.getByText(/characters · 1 SMS \(GSM-7\)/)).toBeVisible();

  // The live count: everyone who agreed, then fewer with a tag, none with a tag nobody has.
  const everyone = await reached(page);
  expect(everyone).toBeGreaterThan(0);
  await page.getByLabel("Tags").fill("no-such-tag-anywhere");
  await expect(page.getByTestId("audience-count")).toContainText("Reaches 0 customers");
  await page.getByLabel("Tags").fill("regular");
  await expect(page.getByTestId("audience-count")).not.toContainText("Reaches 0 customers");
  const regulars = await reached(page);
  expect(regulars).toBeGreaterThan(0);
  expect(regulars).toBeLessThanOrEqual(everyone);
  await expect(page.getByTestId("audience-count")).toContainText(/WhatsApp: \d+/);

  // A start in the past is refused when scheduling, under the field; nothing is scheduled.
  await page.getByLabel("Starts").fill(nairobiInput(-1));
  await page.getByLabel("Ends").fill(nairobiInput(7));
  await page.getByRole("button", { name: "Save and schedule" }).click();
  await expect(page.getByText("Choose a start in the future.")).toBeVisible();

  await page.getByLabel("Starts").fill(nairobiInput(2));
  await page.getByRole("button", { name: "Save and schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("main").getByText("Scheduled", { exact: true })).toBeVisible();
  await expect(page.getByText("Tags: regular")).toBeVisible();
  await expect(page.getByText(/(KES|Ksh)\s?7,500/).first()).toBeVisible();
}

test("an owner builds a campaign with an audience, sees the live count and schedules it", async ({
  page,
}, testInfo) => {
  const name = `Friday fish feast ${Date.now()}`;
  await openCampaigns(page);
  await buildAndSchedule(page, name);
  await page.screenshot({ path: testInfo.outputPath("campaign-scheduled.png"), fullPage: true });

  // Start it now, pause, resume, complete: each button the state machine allows, no others.
  await expect(page.getByRole("button", { name: "Pause" })).toHaveCount(0);
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByRole("main").getByText("Active", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("main").getByText("Paused", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("button", { name: "Complete" }).click();
  await expect(page.getByRole("main").getByText("Completed", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);

  // In the list, under its status.
  await page.getByRole("link", { name: "Campaigns" }).first().click();
  await page.getByRole("button", { name: /^Completed/ }).click();
  await page.getByLabel("Find by name").fill(name);
  const table = page.getByRole("region", { name: "Campaigns" });
  await expect(table.getByRole("link", { name })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
});

test("on a 360 px phone the campaign editor, live count and list fit without sideways scrolling", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const name = `Phone campaign ${Date.now()}`;
  await openCampaigns(page);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("campaigns-360.png"), fullPage: true });
  await buildAndSchedule(page, name);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("campaign-detail-360.png"), fullPage: true });
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(name);
  await expect(page.getByTestId("audience-count")).toContainText(/Reaches \d+/);
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("campaign-editor-360.png"), fullPage: true });
});

test("a viewer sees campaigns without write controls, and the API refuses their writes anyway", async ({
  page,
}) => {
  await signIn(page, `/${kitchen.subdomain}/login`, viewer);
  await page.goto(`/${kitchen.subdomain}/campaigns`);
  await expect(page.getByRole("heading", { level: 1, name: "Campaigns" })).toBeVisible();
  const table = page.getByRole("region", { name: "Campaigns" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("link", { name: "New campaign" })).toHaveCount(0);
  await table.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Audience" })).toBeVisible();
  for (const name of ["Schedule", "Start now", "Pause", "Resume", "Complete", "Delete draft"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);

  const response = await page.request.post("/api/trpc/tenant.campaigns.create", {
    data: { json: { name: "Intruder offer", type: "sms" } },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("FORBIDDEN");
});
