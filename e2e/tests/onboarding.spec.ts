import { expect, test, type Page } from "@playwright/test";
import { salesRep, signIn } from "./accounts";
import { siteOrigin } from "./origins";

// A sales rep onboards a new client through the wizard (a reload half-way keeps what was
// entered), passes the invitation link on, and the new owner joins and lands on their
// dashboard; the client's website answers on the sites app. Everything here is created by the
// test under fresh names: the seed's shared data is left as it was.

const suffix = Date.now().toString(36);
const client = {
  businessName: `Kisii Highlands Cafe ${suffix}`,
  ownerName: "Moraa Nyaboke",
  ownerEmail: `moraa.${suffix}@kisii-cafe.example.co.ke`,
  phone: "0712 345 678",
  city: "Kisii",
  subdomain: `kisii-cafe-${suffix}`,
  password: "highland tea at sunrise",
};

/** The wizard step the page is on, by the step list's aria-current. */
const currentStep = (page: Page) =>
  page.getByRole("navigation", { name: "Onboarding steps" }).locator('[aria-current="step"]');

test("a sales rep onboards a client who then joins and lands on their dashboard", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, "/login", salesRep.email);
  await page.goto("/sales/onboarding");
  await page.getByRole("button", { name: "Start onboarding" }).click();
  await expect(page).toHaveURL(/\/sales\/onboarding\/[0-9a-f-]{36}$/);

  // 1. Business info
  await expect(currentStep(page)).toContainText("Business info");
  await page.getByLabel("Business name").fill(client.businessName);
  await page.getByLabel("Owner's full name").fill(client.ownerName);
  await page.getByLabel("Owner's email").fill(client.ownerEmail);
  await page.getByLabel("Business phone").fill(client.phone);
  await page.getByLabel("Town or city").fill(client.city);
  await page.getByRole("button", { name: "Continue" }).click();

  // 2. Industry
  await expect(currentStep(page)).toContainText("Industry");
  // By role: the step's region is named after the step too.
  await page
    .getByRole("combobox", { name: "Industry" })
    .selectOption({ label: "Restaurant or cafe" });
  await page.getByRole("button", { name: "Continue" }).click();

  // 3. Template: only the restaurant templates are offered.
  await expect(currentStep(page)).toContainText("Template");
  await expect(page.getByRole("radio")).toHaveCount(1);
  await page.getByRole("radio", { name: /Karibu Table/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(currentStep(page)).toContainText("Subdomain");

  // A reload (or a closed laptop) keeps the draft and the step reached.
  await page.reload();
  await expect(currentStep(page)).toContainText("Subdomain");
  await page.getByRole("button", { name: /Business info/ }).click();
  await expect(page.getByLabel("Business name")).toHaveValue(client.businessName);
  await expect(page.getByLabel("Business phone")).toHaveValue("+254712345678");
  await page.getByRole("button", { name: /Subdomain/ }).click();

  // 4. Subdomain, checked as the rep types.
  const subdomain = page.getByRole("textbox", { name: "Subdomain" });
  await subdomain.fill("admin");
  await expect(page.getByRole("status").filter({ hasText: "reserved" })).toBeVisible();
  await subdomain.fill("pwani-breeze");
  await expect(page.getByRole("status").filter({ hasText: "already taken" })).toBeVisible();
  await subdomain.fill(client.subdomain);
  await expect(page.getByRole("status").filter({ hasText: "is available" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();

  // 5. Look and feel
  await expect(currentStep(page)).toContainText("Look and feel");
  await page.getByLabel("Main colour").fill("#7c2d12");
  await page.getByLabel("Heading font").selectOption("Merriweather");
  await page.getByLabel("Logo address").fill("https://cdn.example.co.ke/kisii-cafe.png");
  await page.getByRole("button", { name: "Continue" }).click();

  // 6. Review, then create.
  await expect(currentStep(page)).toContainText("Review");
  await expect(page.getByText(client.subdomain, { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("onboarding-review.png"), fullPage: true });
  await page.getByRole("button", { name: "Create the business" }).click();
  const linkField = page.getByLabel(`Invitation link for ${client.ownerEmail}`);
  await expect(linkField).toBeVisible({ timeout: 20_000 });
  const invitationLink = await linkField.inputValue();
  expect(invitationLink).toMatch(/\/invite\/[\w-]{40,}$/);
  await page.screenshot({ path: testInfo.outputPath("onboarding-done.png"), fullPage: true });

  // The new owner, in a browser of their own, accepts the invitation: setting the password
  // signs them in.
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await owner.goto(new URL(invitationLink).pathname);
  await owner.getByLabel("Choose a password").fill(client.password);
  await owner.getByRole("button", { name: "Set password and join" }).click();
  await expect(owner).toHaveURL(new RegExp(`/${client.subdomain}/dashboard$`));
  await expect(owner.getByRole("heading", { level: 1, name: client.businessName })).toBeVisible();
  await owner.screenshot({ path: testInfo.outputPath("new-owner-dashboard.png") });

  // The website answers on the sites app, built from the template with the business's name.
  const site = await owner.goto(siteOrigin(client.subdomain));
  expect(site?.status()).toBe(200);
  await expect(owner.getByRole("banner")).toContainText(client.businessName);
  await expect(owner.locator("body")).toContainText(client.city);
  await ownerContext.close();
});

test("a sales rep creates a demo account, clearly marked Demo in its workspace", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page, "/login", salesRep.email);
  await page.goto("/sales/demo-accounts");
  await page.getByLabel("Industry").selectOption({ label: "Tech shop" });
  await page.getByLabel("Days until it expires").fill("3");
  await page.getByRole("button", { name: "Create demo account" }).click();
  const linkField = page.getByLabel(/^Invitation link for /);
  await expect(linkField).toBeVisible({ timeout: 30_000 });
  const demoRow = page
    .getByRole("row")
    .filter({ hasText: /demo-tech-/ })
    .first();
  await expect(demoRow.getByText("Demo", { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("demo-accounts.png"), fullPage: true });

  const invitationLink = await linkField.inputValue();
  const demoContext = await browser.newContext();
  const demo = await demoContext.newPage();
  await demo.goto(new URL(invitationLink).pathname);
  await demo.getByLabel("Choose a password").fill("sample data for the pitch");
  await demo.getByRole("button", { name: "Set password and join" }).click();
  await expect(demo).toHaveURL(/\/demo-tech-[0-9a-f]+\/dashboard$/);
  // The header on a wide screen (the phone's top bar holds a hidden copy).
  await expect(
    demo.getByText("Demo", { exact: true }).filter({ visible: true }).first(),
  ).toBeVisible();
  await demo.screenshot({ path: testInfo.outputPath("demo-workspace.png") });
  await demoContext.close();
});
