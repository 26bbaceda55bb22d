import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signInAsPlatformOwner } from "./accounts";

/**
 * Mama Akinyi's Kitchen (Kisumu) is looked after by Collins Ouma, whose seeded recurring rate is
 * 5.50 %: a subscription payment of KES 4,321.50 earns him 4,321.50 × 5.5 % = 237.6825, rounded
 * once to KES 237.68. The spec creates its own payment (a unique reference) and only follows
 * that payment's rows, so it assumes no totals and other specs' figures do not matter.
 */
const BUSINESS = "Mama Akinyi's Kitchen";
const REP = "Collins Ouma";
const AMOUNT = "4,321.50";
const COMMISSION = "KES 237.68";

test("the owner records a payment, approves and pays its commission, and exports both as CSV", async ({
  page,
}, testInfo) => {
  // A long journey: at least 90 s, more if the run configures more.
  test.setTimeout(Math.max(90_000, test.info().timeout));
  const reference = `E2E${Date.now().toString(36).toUpperCase()}`;
  await signInAsPlatformOwner(page);
  await page.getByRole("link", { name: "Revenue", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revenue" })).toBeVisible();

  // Record a payment: wrong input first (field errors, nothing saved), then right.
  await page.getByRole("button", { name: "Record a payment" }).click();
  const dialog = page.getByRole("dialog", { name: "Record a payment" });
  await dialog.getByLabel("Amount (KES)").fill("12.345");
  await dialog.getByRole("button", { name: "Record payment" }).click();
  await expect(dialog.getByText("Enter the amount in KES, e.g. 12500 or 12500.50.")).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "Business", exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );

  await dialog.getByLabel("Find the business").fill("Mama Akinyi");
  const business = dialog.getByRole("combobox", { name: "Business", exact: true });
  await expect(business.locator("option", { hasText: BUSINESS })).toHaveCount(1);
  await business.selectOption({ index: 1 });
  await dialog.getByLabel("Amount (KES)").fill(AMOUNT);
  await dialog.getByLabel("For").selectOption("subscription");
  await dialog.getByLabel("Paid by").selectOption("bank");
  await dialog.getByLabel("Reference").fill(reference);
  await page.screenshot({ path: testInfo.outputPath("record-payment-dialog.png") });
  await dialog.getByRole("button", { name: "Record payment" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Commission of ${COMMISSION} is pending.`)).toBeVisible();

  // The payment is in the list with its pending commission.
  const payment = page
    .getByRole("table", { name: "Payments and refunds" })
    .getByRole("row")
    .filter({ hasText: reference });
  await expect(payment).toContainText(BUSINESS);
  await expect(payment).toContainText("KES 4,321.50");
  await expect(payment).toContainText(REP);
  await expect(payment).toContainText(COMMISSION);
  await expect(payment).toContainText("Pending");
  await page.screenshot({ path: testInfo.outputPath("revenue.png"), fullPage: true });

  // The revenue CSV holds the payment.
  const [revenueCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export revenue CSV" }).click(),
  ]);
  expect(revenueCsv.suggestedFilename()).toMatch(
    /^aizalo-revenue-\d{4}-\d{2}-to-\d{4}-\d{2}\.csv$/,
  );
  const revenueText = await readFile((await revenueCsv.path()) ?? "", "utf8");
  const revenueLine = revenueText.split("\r\n").find((line) => line.includes(reference)) ?? "";
  expect(revenueLine).toContain(BUSINESS);
  expect(revenueLine).toContain(",subscription,bank,");
  expect(revenueLine).toContain(",4321.50,");
  expect(revenueLine).toContain(",237.68,pending,");

  // Commissions: the new one is pending; approve it, then mark it paid.
  await page.getByRole("link", { name: "Commissions" }).click();
  await expect(page).toHaveURL(/\/admin\/revenue\/commissions/);
  await page.getByLabel("Status", { exact: true }).selectOption("pending");
  const commission = page
    .getByRole("table", { name: "Commissions" })
    .getByRole("row")
    .filter({ hasText: BUSINESS })
    .filter({ hasText: COMMISSION });
  await expect(commission).toHaveCount(1);
  await commission
    .getByRole("button", { name: `Approve ${REP}'s commission of ${COMMISSION}` })
    .click();
  await expect(page.getByText("1 commission approved.")).toBeVisible();

  await page.getByLabel("Status", { exact: true }).selectOption("approved");
  await expect(commission).toContainText("Approved");
  await commission.getByRole("button", { name: "Mark paid" }).click();
  const pay = page.getByRole("dialog", { name: `Mark ${REP}'s commission of ${COMMISSION} paid` });
  await pay.getByLabel("Payout reference").fill(`PAYOUT-${reference}`);
  await pay.getByRole("button", { name: "Mark paid" }).click();
  await expect(pay).toBeHidden();
  await expect(page.getByText(`${REP}: ${COMMISSION} paid`)).toBeVisible();

  await page.getByLabel("Status", { exact: true }).selectOption("paid");
  await expect(commission).toContainText("Paid");
  await expect(commission).toContainText(`PAYOUT-${reference}`);
  await page.screenshot({ path: testInfo.outputPath("commissions.png"), fullPage: true });

  // The commissions CSV (filtered to paid) holds it as paid, with its payout reference.
  const [commissionsCsv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export commissions CSV" }).click(),
  ]);
  expect(commissionsCsv.suggestedFilename()).toBe("aizalo-commissions.csv");
  const commissionsText = await readFile((await commissionsCsv.path()) ?? "", "utf8");
  const line =
    commissionsText.split("\r\n").find((row) => row.includes(`PAYOUT-${reference}`)) ?? "";
  expect(line).toContain(`${REP},`);
  expect(line).toContain(",4321.50,5.50,237.68,paid,");
});

test("the CSV exports refuse a visitor without a session and bad filters", async ({
  page,
  request,
}) => {
  // Without a session the export answers 401, not a file.
  const anonymous = await request.get("/api/admin/export/commissions");
  expect(anonymous.status()).toBe(401);
  await signInAsPlatformOwner(page);
  const response = await page.request.get("/api/admin/export/revenue?from=2026-13&to=2026-01");
  expect(response.status()).toBe(400);
});
