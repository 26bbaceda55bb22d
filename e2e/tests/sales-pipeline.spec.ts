import { expect, test, type Locator, type Page } from "@playwright/test";
import { salesRep, signIn } from "./accounts";

// The sales journey through the pipeline, on a lead this test creates (so the seed's leads and
// every other spec's data stay as they were): add a lead, drag it with the mouse, book a demo,
// mark it held (the lead moves to Demo), move it on with the keyboard, and lose it with a reason.

/** Tomorrow's date in Nairobi (UTC+3), as a date input takes it. */
function nairobiTomorrow(): string {
  return new Date(Date.now() + 3 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
}

const column = (page: Page, stage: string) =>
  page.getByRole("region", { name: new RegExp(`^${stage} \\(`) });

async function dragWithMouse(page: Page, card: Locator, target: Locator) {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("the card and the column must be on screen");
  // Grab the card's body (not its link or buttons), travel past the activation distance, drop.
  await page.mouse.move(from.x + 12, from.y + from.height - 12);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height - 4, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 15 });
  await page.mouse.up();
}

test("a sales rep moves a lead through the kanban, books a demo and marks it held", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const businessName = `Kilifi Creek Cafe ${Date.now().toString(36)}`;
  await signIn(page, "/login", salesRep.email);
  await expect(page).toHaveURL("/sales");

  // A new lead: the API's field errors first, then the real thing.
  await page.getByRole("link", { name: "Leads" }).click();
  await page.getByRole("link", { name: "New lead" }).click();
  await page.getByRole("button", { name: "Add lead" }).click();
  await expect(page.getByText("Enter the business's name.")).toBeVisible();
  await page.getByLabel("Business name").fill(businessName);
  await page.getByLabel("Phone").fill("0722 000 111");
  await page.getByLabel("Expected monthly fee (KES)").fill("4500");
  await page.getByLabel("Next action").fill("Call the owner");
  await page.getByRole("button", { name: "Add lead" }).click();
  await expect(page.getByRole("heading", { level: 1, name: businessName })).toBeVisible();
  await expect(page.getByText("+254722000111")).toBeVisible();

  // The board: drag the card from New to Contacted with the mouse.
  await page.goto("/sales/leads");
  const card = (stage: string) =>
    column(page, stage).getByTestId("lead-card").filter({ hasText: businessName });
  await expect(card("New")).toBeVisible();
  await dragWithMouse(page, card("New"), column(page, "Contacted"));
  await expect(card("Contacted")).toBeVisible();
  await expect(page.getByText(`${businessName} moved to Contacted`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("kanban-after-drag.png"), fullPage: true });
  // It stuck: the server has it too.
  await page.reload();
  await expect(card("Contacted")).toBeVisible();

  // Dropping on Won explains that onboarding wins a lead, and leaves it where it was.
  await card("Contacted")
    .getByRole("button", { name: `Move ${businessName} to…` })
    .click();
  await page.getByRole("menuitem", { name: "Won" }).click();
  await expect(page.getByRole("dialog", { name: "Won means onboarded" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start onboarding" })).toBeVisible();
  await page.getByRole("button", { name: "Not now" }).click();
  await expect(card("Contacted")).toBeVisible();

  // Book a demo on the lead's page, then mark it held: the lead moves to Demo.
  await card("Contacted").getByRole("link", { name: businessName }).click();
  await expect(page.getByRole("heading", { level: 1, name: businessName })).toBeVisible();
  const booking = page.getByRole("form", { name: "Book a demo" });
  await booking.getByLabel("Date").fill(nairobiTomorrow());
  await booking.getByLabel("Time (Nairobi)").fill("10:30");
  await booking.getByLabel("Place").fill("The cafe, Kilifi");
  await booking.getByRole("button", { name: "Book demo" }).click();
  const demos = page.getByRole("list", { name: "Demos" });
  await expect(demos).toContainText("Scheduled");
  await expect(demos).toContainText("The cafe, Kilifi");
  await demos.getByRole("button", { name: "Mark held" }).click();
  await expect(demos).toContainText("Held");
  await expect(page.getByText("Demo", { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("lead-demo-held.png"), fullPage: true });

  // Back on the board, with the keyboard only: Space picks the card up, an arrow moves it one
  // stage on, Space drops it.
  await page.goto("/sales/leads");
  await expect(card("Demo")).toBeVisible();
  const handle = card("Demo").getByRole("button", { name: `Drag ${businessName}` });
  await handle.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  // What a screen reader hears before the drop.
  await expect(page.getByText(`${businessName} is over Negotiating.`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(card("Negotiating")).toBeVisible();
  await page.reload();
  await expect(card("Negotiating")).toBeVisible();

  // Lost asks why, then moves the lead.
  await card("Negotiating")
    .getByRole("button", { name: `Move ${businessName} to…` })
    .click();
  await page.getByRole("menuitem", { name: "Lost" }).click();
  const lost = page.getByRole("dialog", { name: `Mark ${businessName} as lost` });
  await lost.getByRole("button", { name: "Mark as lost" }).click();
  await expect(lost.getByText("Say why the lead was lost.")).toBeVisible();
  await lost.getByLabel("Why was it lost?").fill("Chose to keep using a notebook");
  await lost.getByRole("button", { name: "Mark as lost" }).click();
  await expect(card("Lost")).toBeVisible();

  // The list view shows the same lead, lost.
  await page.getByRole("link", { name: "List" }).click();
  await expect(
    page.getByRole("row").filter({ hasText: businessName }).getByText("Lost"),
  ).toBeVisible();
});

test("a sales rep sees this month's commission, their rank and their clients", async ({
  page,
}, testInfo) => {
  await signIn(page, "/login", salesRep.email);
  await expect(page).toHaveURL("/sales");
  await expect(page.getByText("Commission this month")).toBeVisible();
  await expect(page.getByText("Team rank")).toBeVisible();

  await page.getByRole("link", { name: "Commissions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Commissions" })).toBeVisible();
  // Rank among the whole team, whoever leads it.
  await expect(page.getByText(/^#\d+ of \d+$/)).toBeVisible();
  await expect(page.getByRole("figure", { name: /The last twelve months/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("commissions.png"), fullPage: true });

  // My clients: the Mombasa rep's own, Pwani Breeze among them, with a note form.
  await page.getByRole("link", { name: "My clients" }).click();
  await page.getByRole("link", { name: "Pwani Breeze Hotel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pwani Breeze Hotel" })).toBeVisible();
  await expect(page.getByLabel("New note")).toBeVisible();
});
