import { expect, test, type Locator, type Page } from "@playwright/test";
import { pwaniOwner, signIn } from "./accounts";
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

/** Neither the page nor the workspace's scrolling main area is wider than the phone. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const main = document.getElementById("main-content");
    return {
      page: root.scrollWidth - window.innerWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(overflow, `${what} scrolls sideways`).toEqual({ page: 0, main: 0 });
}

/** A main action can be scrolled to and then sits wholly on the screen, not cut off at a side. */
async function expectReachable(control: Locator) {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box, `${control} has a box`).not.toBeNull();
  expect(box!.x, `${control} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, `${control} ends on screen`).toBeLessThanOrEqual(360);
}

test.describe("a business's workspace on a 360 px phone", () => {
  // Seven pages, each checked and photographed: more than the default 30 s.
  test.describe.configure({ timeout: 120_000 });

  test("every page fits the screen and keeps its main actions within reach", async ({
    page,
  }, testInfo) => {
    const at = (path: string) => `/${pwaniOwner.subdomain}/${path}`;
    const shoot = (name: string) =>
      page.screenshot({ path: testInfo.outputPath(`${name}-360.png`), fullPage: true });
    await signIn(page, at("login"), pwaniOwner.email);
    await expect(page).toHaveURL(at("dashboard"));
    await expectNoSidewaysScroll(page, "the dashboard");

    // Customers: the list, then one customer.
    await page.goto(at("customers"));
    const customers = page.getByRole("region", { name: "Customers" });
    await expect(customers.getByRole("row").nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page, "the customer list");
    for (const name of ["Add customer", "Import CSV", "Export CSV"]) {
      await expectReachable(page.getByRole("button", { name }));
    }
    await expectReachable(page.getByRole("searchbox", { name: "Search" }));
    await shoot("customers");
    await customers.getByRole("row").nth(1).getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "Marketing consent" })).toBeVisible();
    await expectNoSidewaysScroll(page, "a customer's page");
    for (const name of ["Edit", "Export their data", "Erase"]) {
      await expectReachable(page.getByRole("button", { name }));
    }
    await shoot("customer");

    // Leads: the board (columns scroll inside their own area) and the list.
    await page.goto(at("leads"));
    const board = page.getByRole("region", { name: "Pipeline board" });
    await expect(board.getByRole("combobox", { name: /^Move / }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, "the leads board");
    await expectReachable(page.getByRole("button", { name: "Add lead" }));
    await expectReachable(board.getByRole("combobox", { name: /^Move / }).first());
    await expectReachable(board.getByRole("button", { name: /^Edit / }).first());
    await shoot("leads-board");
    await page.getByRole("button", { name: "List" }).click();
    const list = page.getByRole("table");
    await expect(list.getByRole("row").nth(1)).toBeVisible();
    await expectNoSidewaysScroll(page, "the leads list");
    await expectReachable(list.getByRole("combobox", { name: /^Move / }).first());
    await expectReachable(list.getByRole("button", { name: /^Edit / }).first());
    await shoot("leads-list");

    // The inbox: the list, then a conversation with its reply box and actions.
    await page.goto(at("conversations"));
    const inbox = page.getByRole("list", { name: "Conversations" });
    await expect(inbox.getByRole("link").first()).toBeVisible();
    await expectNoSidewaysScroll(page, "the inbox");
    await shoot("inbox");
    await inbox.getByRole("link").first().click();
    const conversation = page.locator("article[aria-labelledby='conversation-heading']");
    await expect(conversation.getByRole("list", { name: "Messages" })).toBeVisible();
    await expectNoSidewaysScroll(page, "a conversation");
    await expectReachable(conversation.getByRole("textbox", { name: /^Reply to / }));
    await expectReachable(conversation.getByRole("button", { name: "Send reply" }));
    await expectReachable(conversation.getByRole("button", { name: /^(Resolve|Reopen)$/ }));
    await expectReachable(conversation.getByRole("combobox", { name: "Assigned to" }));
    await shoot("conversation");

    // The account page, and the team the owner manages (under Settings since the team moved).
    await page.goto(at("account"));
    await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
    await expectNoSidewaysScroll(page, "the account page");
    await shoot("account");
    await page.goto(at("settings/team"));
    await expect(page.getByRole("heading", { name: "Your team" })).toBeVisible();
    await expectNoSidewaysScroll(page, "the team page");
    await expectReachable(page.getByRole("button", { name: "Send invitation" }));
    await shoot("team");
  });
});
