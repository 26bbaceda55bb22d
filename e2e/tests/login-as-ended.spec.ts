import { expect, test, type Page } from "@playwright/test";
import { pwaniOwner, signInAsPlatformOwner } from "./accounts";
import { webOrigin } from "./origins";

// When the platform owner's "login as tenant" ends (Stop, or stopped elsewhere, or its 30
// minutes run out), the owner is back in /admin in their own session, told that the login as
// the business ended: never signed out for it. Each test starts and ends its own session.

const ended = `Your login as ${pwaniOwner.businessName} ended.`;

/** Starts a read-only login as Pwani Breeze the way the admin app's dialog posts it. */
async function loginAsPwani(page: Page): Promise<void> {
  const response = await page.request.post("/api/impersonation/start", {
    headers: { origin: webOrigin },
    data: {
      tenantId: pwaniOwner.tenantId,
      reason: "Checking the booking reminders the owner asked about",
      allowChanges: false,
    },
  });
  expect(response.status()).toBe(200);
  const started = (await response.json()) as { redirectTo: string };
  await page.goto(started.redirectTo);
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);
  await expect(page.getByRole("region", { name: "Signed in as a business" })).toContainText(
    `Viewing ${pwaniOwner.businessName} · read-only`,
  );
}

test("Stop on the banner brings the owner back to /admin, with a notice", async ({ page }) => {
  await signInAsPlatformOwner(page);
  await loginAsPwani(page);
  await page
    .getByRole("region", { name: "Signed in as a business" })
    .getByRole("button", { name: "Stop" })
    .click();
  await expect(page).toHaveURL(/\/admin\?loginAsEnded=pwani-breeze$/);
  await expect(page.getByRole("status").filter({ hasText: ended })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});

test("a login as tenant stopped elsewhere returns the owner to /admin instead of signing out", async ({
  page,
  browser,
}) => {
  await signInAsPlatformOwner(page);
  await loginAsPwani(page);

  // The same session in another window (the same cookie) presses Stop there.
  const elsewhere = await browser.newContext({ storageState: await page.context().storageState() });
  try {
    const stopped = await elsewhere.request.post(`${webOrigin}/api/impersonation/stop`, {
      headers: { origin: webOrigin },
      maxRedirects: 0,
    });
    expect(stopped.status()).toBe(303);
  } finally {
    await elsewhere.close();
  }

  // This window still holds the business's claims: its next page finds the login over.
  await page.reload();
  await expect(page).toHaveURL(/\/admin\?loginAsEnded=pwani-breeze$/);
  await expect(page.getByRole("status").filter({ hasText: ended })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("login-as-ended.png") });
  // Their own session, not a sign-in page: /admin keeps working.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});
