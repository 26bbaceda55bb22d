import { expect, test } from "@playwright/test";
import { signInAsPlatformOwner } from "./accounts";

// Read-only against the seed: the one row this spec adds is a failed sign-in of an address
// that belongs to nobody (an audit row), so no seeded account is touched or locked.

test("the owner reads the overview: MRR, its movement and the revenue chart", async ({
  page,
}, testInfo) => {
  await signInAsPlatformOwner(page);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();

  const mrr = page.getByText("MRR", { exact: true }).locator("..");
  await expect(mrr).toContainText(/KES [1-9][\d,]*/);
  for (const label of ["New MRR", "Expansion MRR", "Churned MRR", "Monthly churn rate"]) {
    await expect(page.getByText(label, { exact: true })).toBeVisible();
  }

  const chart = page.getByRole("figure", { name: "Revenue by month" });
  await expect(chart).toBeVisible();
  // recharts drew bars (one path per non-zero segment) …
  await expect(chart.locator("svg path.recharts-rectangle").first()).toBeVisible();
  // … and the same figures are a table away, one row per month plus the header.
  await chart.getByText("Show the figures as a table").click();
  const table = chart.getByRole("region", { name: "Revenue by month: figures" });
  await expect(table.getByRole("row")).toHaveCount(13);
  await expect(table).toContainText("KES");

  await expect(page.getByRole("heading", { name: "Platform health" })).toBeVisible();
  await expect(page.getByText("API calls", { exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("admin-overview.png"), fullPage: true });

  // An earlier month through the picker: the address says which, the page says so too.
  const picker = page.getByLabel("Month", { exact: true });
  const earlier = await picker.locator("option").nth(2).getAttribute("value");
  await picker.selectOption(earlier ?? "");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?month=${earlier}$`));
  await expect(picker).toHaveValue(earlier ?? "");
});

test("the owner evaluates the alert rules and filters the system logs", async ({
  page,
}, testInfo) => {
  await signInAsPlatformOwner(page);
  await page.getByRole("link", { name: "System" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "System" })).toBeVisible();

  await page.getByRole("button", { name: "Evaluate now" }).click();
  const rules = page.getByRole("list", { name: "Alert rules" });
  await expect(rules.getByRole("listitem")).toHaveCount(4);
  await expect(page.getByText(/\d of 4 rules firing/)).toBeVisible();
  const payment = rules.locator('[data-alert="payment_failure"]');
  await expect(payment).toContainText("Not measured");
  await expect(payment).toContainText("Not collected yet");
  await expect(rules.locator('[data-alert="high_error_rate"]')).toContainText("Threshold5%");

  // The owner's own page loads are API calls: the endpoint table has rows (api_usage is written
  // in batches about a second after the calls, so the page may need a reload to show them).
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByRole("region", { name: "API usage by endpoint, last 24 hours" }),
    ).toContainText("admin.", { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByLabel("Window").selectOption("1h");
  await expect(page).toHaveURL(/window=1h/);
  await expect(
    page.getByRole("region", { name: "API usage by endpoint, last hour" }),
  ).toBeVisible();

  await page.getByLabel("Level").selectOption("error");
  await expect(page).toHaveURL(/level=error/);
  await expect(
    page.getByRole("table", { name: "System logs" }).or(page.getByText("No log lines")),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("admin-system.png"), fullPage: true });
});

test("the owner filters the audit log by action and by date", async ({ page }, testInfo) => {
  // A failed sign-in leaves an audit row written by the sign-in service.
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody.e2e-audit@example.test");
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Filtered by text: Next's route announcer is an (empty) alert too once the page hydrates.
  await expect(
    page.getByRole("alert").filter({ hasText: "Email or password is incorrect." }),
  ).toBeVisible();

  await signInAsPlatformOwner(page);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

  await page.getByLabel("Action").selectOption("auth.sign_in_failed");
  await expect(page).toHaveURL(/action=auth.sign_in_failed/);
  const log = page.getByRole("table", { name: "Audit log" });
  await expect(log).toContainText("System (sign-in)");
  await expect(log).toContainText("auth.sign_in_failed");

  // Nothing can have happened tomorrow (in Nairobi).
  const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Nairobi" }).format(
    new Date(Date.now() + 24 * 3_600_000),
  );
  await page.getByLabel("From").fill(tomorrow);
  await expect(page).toHaveURL(new RegExp(`from=${tomorrow}`));
  await expect(page.getByText("No recorded changes")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("admin-audit.png"), fullPage: true });

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
});

test("the overview, system and audit pages fit a 360 px phone", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsPlatformOwner(page);
  for (const [path, heading] of [
    ["/admin", "Overview"],
    ["/admin/system", "System"],
    ["/admin/audit", "Audit log"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // Wide tables scroll inside their own box; the page itself never scrolls sideways.
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollWidth - window.innerWidth;
    });
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: testInfo.outputPath(`${heading.toLowerCase().replace(/ /g, "-")}-360.png`),
      fullPage: true,
    });
  }
});
