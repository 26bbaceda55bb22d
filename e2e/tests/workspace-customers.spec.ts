import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";

/**
 * A business's customers and leads. Uzima Family Clinic is used by no other spec; this spec
 * only adds customers of its own (unique phone numbers per run) and changes no seeded row.
 */
const clinic = { subdomain: "uzima-clinic", name: "Uzima Family Clinic" };
const owner = `owner@${clinic.subdomain}.demo.aizalo.test`;
const viewer = `viewer@${clinic.subdomain}.demo.aizalo.test`;

/** A Safaricom 0115 number no seeded customer has (the seed's start 07), new on every run. */
function freshPhone(offset: number) {
  const digits = String((Date.now() + offset * 7919) % 1_000_000).padStart(6, "0");
  return { typed: `0115 ${digits.slice(0, 3)} ${digits.slice(3)}`, e164: `+254115${digits}` };
}

async function openCustomers(page: Page) {
  await signIn(page, `/${clinic.subdomain}/login`, owner);
  await expect(page).toHaveURL(`/${clinic.subdomain}/dashboard`);
  // On a phone the navigation sits behind the menu button.
  const menu = page.getByRole("button", { name: "Open menu" });
  if (await menu.isVisible()) {
    await menu.click();
    await page.getByRole("dialog").getByRole("link", { name: "Customers" }).click();
  } else {
    await page.getByRole("link", { name: "Customers" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
}

async function addCustomer(page: Page, firstName: string, lastName: string, phone: string) {
  await page.getByRole("button", { name: "Add customer" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a customer" });
  await dialog.getByLabel("First name").fill(firstName);
  await dialog.getByLabel("Last name").fill(lastName);
  await dialog.getByLabel("Phone").fill(phone);
  await dialog.getByRole("button", { name: "Add customer" }).click();
  await expect(dialog).toBeHidden();
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

async function search(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Search" }).fill(text);
}

test("an owner adds, imports, edits and finds customers", async ({ page }, testInfo) => {
  const chebet = freshPhone(1);
  await openCustomers(page);

  // Add, then the same number in another format is refused with a link to the first.
  await addCustomer(page, "Chebet", "Kiprono", chebet.typed);
  await page.getByRole("button", { name: "Add customer" }).click();
  const again = page.getByRole("dialog", { name: "Add a customer" });
  await again.getByLabel("First name").fill("Someone");
  await again.getByLabel("Phone").fill(`+254 ${chebet.e164.slice(4)}`);
  await again.getByRole("button", { name: "Add customer" }).click();
  await expect(again.getByText("Chebet Kiprono already has this phone number.")).toBeVisible();
  await expect(again.getByRole("link", { name: "Open the existing customer" })).toBeVisible();
  await again.getByRole("button", { name: "Cancel" }).click();

  // A file with problems: the report names row and column, and nothing is imported.
  const bad = freshPhone(2);
  await page.getByRole("button", { name: "Import CSV" }).click();
  const importer = page.getByRole("dialog", { name: "Import customers from a CSV file" });
  await importer.getByLabel("CSV file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`first_name,phone\nJepchirchir,${bad.typed}\nKoech,0712 345 67\n`),
  });
  await expect(importer.getByText(/Nothing was imported/)).toBeVisible();
  const report = importer.getByRole("region", { name: "Problems in the file" });
  await expect(report.getByRole("row").nth(1)).toContainText("3");
  await expect(report.getByRole("row").nth(1)).toContainText("phone");
  await page.screenshot({ path: testInfo.outputPath("import-report.png") });

  // A good file: quoted commas and any phone format; checked, then imported.
  const [kibet, wairimu] = [freshPhone(3), freshPhone(4)];
  await importer.getByLabel("CSV file").setInputFiles({
    name: "good.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `\uFEFFfirst_name,last_name,phone,location\nKibet,Rotich,${kibet.typed},"Kapsoya, Eldoret"\n` +
        `Wairimu,Njoroge,${wairimu.e164},Eldoret\n`,
    ),
  });
  await expect(importer.getByText("All 2 rows are ready to import.")).toBeVisible();
  await importer.getByRole("button", { name: "Import 2 customers" }).click();
  await expect(importer).toBeHidden();
  await expect(page.getByText("2 customers imported")).toBeVisible();

  // Search by a differently formatted phone finds the imported customer.
  await search(page, `254-${kibet.e164.slice(4, 7)}-${kibet.e164.slice(7)}`);
  const table = page.getByRole("region", { name: "Customers" });
  await expect(table.getByRole("link", { name: "Kibet Rotich" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);

  // Edit on the customer's page.
  await table.getByRole("link", { name: "Kibet Rotich" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kibet Rotich" })).toBeVisible();
  await page.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: "Edit customer" });
  await edit.getByLabel("Last name").fill("Rotich-Kirui");
  await edit.getByLabel("Tags").fill("diabetes clinic, follow-up");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kibet Rotich-Kirui" })).toBeVisible();
  await expect(page.getByText("diabetes clinic")).toBeVisible();
  await expect(page.getByText("Kapsoya, Eldoret")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("customer-detail.png"), fullPage: true });

  // Back in the list, the new name is found by the local format of the number.
  await page.getByRole("link", { name: "Customers" }).first().click();
  await search(page, kibet.typed);
  await expect(
    page
      .getByRole("region", { name: "Customers" })
      .getByRole("link", { name: "Kibet Rotich-Kirui" }),
  ).toBeVisible();
});

test("on a 360 px phone the customer list, add and search work without sideways scrolling", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const amina = freshPhone(5);
  await openCustomers(page);
  await addCustomer(page, "Amina", "Hassan", amina.typed);
  await search(page, amina.e164);
  const list = page.getByRole("region", { name: "Customers" });
  await expect(list.getByRole("row")).toHaveCount(2);
  await expect(list.getByRole("link", { name: "Amina Hassan" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("customers-360.png"), fullPage: true });

  await page.goto(`/${clinic.subdomain}/leads`);
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pipeline board" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: testInfo.outputPath("leads-360.png"), fullPage: true });
});

test("a viewer sees no write controls, and the API refuses their writes anyway", async ({
  page,
}, testInfo) => {
  await signIn(page, `/${clinic.subdomain}/login`, viewer);
  await page.goto(`/${clinic.subdomain}/customers`);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  const table = page.getByRole("region", { name: "Customers" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add customer" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import CSV" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Export CSV" })).toBeVisible();

  await table.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Marketing consent" })).toBeVisible();
  for (const name of ["Edit", "Erase", "Export their data"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: /Record consent/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("viewer-customer.png"), fullPage: true });

  await page.goto(`/${clinic.subdomain}/leads`);
  await expect(page.getByRole("heading", { level: 1, name: "Leads" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add lead" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Drag / })).toHaveCount(0);

  // The same session posting a write straight to the API: refused, nothing added.
  const phone = freshPhone(6);
  const response = await page.request.post("/api/trpc/tenant.customers.create", {
    data: { json: { firstName: "Intruder", phone: phone.typed } },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("FORBIDDEN");
  await page.goto(`/${clinic.subdomain}/customers`);
  await page.getByRole("searchbox", { name: "Search" }).fill(phone.e164);
  await expect(page.getByText("No customer matches")).toBeVisible();
});
