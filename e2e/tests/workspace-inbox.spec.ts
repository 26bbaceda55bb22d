import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./accounts";

// Nyota Beauty's inbox: no other spec signs in there. The test adds a reply of its own (new
// data) and leaves the conversation's status as it found it.
const business = { subdomain: "nyota-beauty" };
const owner = `owner@${business.subdomain}.demo.aizalo.test`;
const admin = `admin@${business.subdomain}.demo.aizalo.test`;

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true };

async function signedIn(browser: Browser, email: string, options = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, `/${business.subdomain}/login`, email);
  await expect(page).toHaveURL(`/${business.subdomain}/dashboard`);
  return page;
}

/** The live feed is open once the inbox says so. */
async function waitUntilLive(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
}

/** A mark that a reload would wipe: proves updates came without one. */
async function markPage(page: Page) {
  await page.evaluate(() => Object.assign(window, { inboxTestMark: "still here" }));
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as { inboxTestMark?: string }).inboxTestMark)).toBe(
    "still here",
  );
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const main = document.getElementById("main-content");
    return Math.max(
      root.scrollWidth - window.innerWidth,
      main ? main.scrollWidth - main.clientWidth : 0,
    );
  });
}

test("a reply and a status change appear in a teammate's open inbox without a reload, on a desktop and a 360 px phone", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const ownerPage = await signedIn(browser, owner, { viewport: { width: 1280, height: 900 } });
  const phonePage = await signedIn(browser, admin, PHONE);

  // The owner opens the first active conversation from the inbox.
  await ownerPage.getByRole("link", { name: "Conversations" }).first().click();
  await expect(ownerPage).toHaveURL(`/${business.subdomain}/conversations`);
  await waitUntilLive(ownerPage);
  await ownerPage
    .getByRole("navigation", { name: "Status" })
    .getByRole("link", { name: /^Active/ })
    .click();
  const list = ownerPage.getByRole("list", { name: "Conversations" });
  await list.getByRole("link").first().click();
  await expect(ownerPage).toHaveURL(/\/conversations\/[0-9a-f-]{36}/);
  const conversationPath = new URL(ownerPage.url()).pathname;
  const customerName = await ownerPage.locator("#conversation-heading").innerText();

  // On the phone, the list is a screen of its own; the conversation opens as the next screen.
  await phonePage.goto(`/${business.subdomain}/conversations?status=active`);
  await waitUntilLive(phonePage);
  const phoneList = phonePage.getByRole("list", { name: "Conversations" });
  await expect(phoneList).toBeVisible();
  await expect(phonePage.getByRole("heading", { name: "Choose a conversation" })).toBeHidden();
  expect(await sidewaysOverflow(phonePage)).toBeLessThanOrEqual(0);
  await phonePage.screenshot({ path: testInfo.outputPath("inbox-list-360.png"), fullPage: true });
  await phoneList
    .getByRole("link", { name: new RegExp(customerName) })
    .first()
    .click();
  await expect(phonePage).toHaveURL(new RegExp(`${conversationPath}`));
  await expect(phonePage.getByRole("list", { name: "Conversations" })).toBeHidden();
  await expect(phonePage.getByRole("link", { name: "← All conversations" })).toBeVisible();
  // The feed opened with the list stays open: the inbox's layout is kept across this navigation.
  await markPage(phonePage);

  // The owner replies; the admin's phone shows it within moments, with its delivery status.
  const reply = `Karibu! Your braids appointment is confirmed for Saturday (${testInfo.testId.slice(0, 6)}-${Date.now()}).`;
  await ownerPage.getByRole("textbox", { name: `Reply to ${customerName}` }).fill(reply);
  await ownerPage.getByRole("button", { name: "Send reply" }).click();
  const sent = ownerPage.getByRole("list", { name: "Messages" }).getByRole("listitem").filter({
    hasText: reply,
  });
  await expect(sent).toContainText("Queued");

  const arrived = phonePage.getByRole("list", { name: "Messages" }).getByRole("listitem").filter({
    hasText: reply,
  });
  await expect(arrived).toBeVisible({ timeout: 5_000 });
  await expect(arrived).toContainText("Queued");
  await expectNotReloaded(phonePage);
  expect(await sidewaysOverflow(phonePage)).toBeLessThanOrEqual(0);
  await phonePage.screenshot({
    path: testInfo.outputPath("conversation-360-reply-arrived.png"),
    fullPage: true,
  });

  // An internal note is marked as never sent, for the teammate too.
  const note = `Prefers the 10am slot (${Date.now()})`;
  await ownerPage.getByRole("radio", { name: "Internal note" }).click();
  await ownerPage.getByRole("textbox", { name: "Internal note for the team" }).fill(note);
  await ownerPage.getByRole("button", { name: "Add note" }).click();
  await expect(phonePage.getByRole("listitem").filter({ hasText: note })).toContainText(
    "Internal note · not sent",
  );

  // Resolving shows on the phone as well; reopening puts the seed's status back.
  await ownerPage.getByRole("button", { name: "Resolve" }).click();
  await expect(phonePage.locator("article").getByText("Resolved", { exact: true })).toBeVisible();
  await ownerPage.getByRole("button", { name: "Reopen" }).click();
  await expect(phonePage.locator("article").getByText("Active", { exact: true })).toBeVisible();
  await expectNotReloaded(phonePage);

  // The owner's own list shows the reply as the conversation's latest message.
  await expect(
    ownerPage
      .getByRole("list", { name: "Conversations" })
      .getByRole("link", { name: new RegExp(customerName) })
      .first(),
  ).toContainText("You: Karibu!");
  await ownerPage.screenshot({ path: testInfo.outputPath("inbox-desktop.png"), fullPage: true });

  await ownerPage.context().close();
  await phonePage.context().close();
});

test("a viewer reads the inbox without any way to write", async ({ browser }) => {
  const page = await signedIn(browser, `viewer@${business.subdomain}.demo.aizalo.test`);
  await page.goto(`/${business.subdomain}/conversations`);
  await waitUntilLive(page);
  await page.getByRole("list", { name: "Conversations" }).getByRole("link").first().click();
  await expect(page.getByText("you can read this conversation but not change it")).toBeVisible();
  await expect(page.getByRole("list", { name: "Messages" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send reply" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Resolve|Reopen/ })).toHaveCount(0);
  await page.context().close();
});
