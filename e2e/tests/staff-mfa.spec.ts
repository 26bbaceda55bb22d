import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD } from "./accounts";

// A platform admin sets up two-step sign-in (TOTP) the way a person does: the key shown on
// /login/security goes into an "authenticator app" (otpauth here), then sign-ins need a code
// or a recovery code. The seed's admin is used by no other spec; two-step sign-in is turned off
// again at the end (with a recovery code), so the account is as the seed left it.

const admin = { email: "admin@demo.aizalo.test" };

/** The authenticator app's code, for now or a number of 30-second steps later. */
const codeOf = (app: TOTP, stepsLater = 0) =>
  app.generate({ timestamp: Date.now() + stepsLater * 30_000 });

async function passwordStep(page: Page): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.goto("/login/security");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login(\?.*)?$/);
}

async function codeStep(page: Page, code: string): Promise<void> {
  const field = page.getByLabel("Authentication code");
  await expect(field).toBeVisible();
  await field.fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
}

test("staff two-step sign-in: enrol, then sign in with a code and with a recovery code; wrong codes are refused", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // An admin without a second factor is asked to set one up at their first sign-in (the page
  // is open to them any time after).
  await passwordStep(page);
  await expect(page).toHaveURL(/\/(admin|login\/security)$/);
  await page.goto("/login/security");
  await page.getByRole("button", { name: "Set up two-step sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const key = (await page.locator("p", { hasText: "Cannot scan?" }).locator("code").innerText())
    .replace(/\s/g, "")
    .trim();
  const app = new TOTP({
    issuer: "Aizalo",
    label: admin.email,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(key),
  });

  // A code from another time is refused, and nothing is turned on.
  await page.getByLabel("Code from the app").fill(codeOf(app, 20));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText(/That code does not match/)).toBeVisible();

  await page.getByLabel("Code from the app").fill(codeOf(app));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();
  const recoveryCodes = await page.getByRole("listitem").allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  await page.screenshot({ path: test.info().outputPath("recovery-codes.png") });

  try {
    await page.getByRole("link", { name: "I have saved them, continue" }).click();
    await expect(page).toHaveURL("/admin");
    await signOut(page);

    // The password alone no longer signs in: a code from the app does (the next step's code,
    // since the one used to enrol cannot be used twice).
    await passwordStep(page);
    await codeStep(page, codeOf(app, 1));
    await expect(page).toHaveURL("/admin");
    await signOut(page);

    // A wrong code is refused; a recovery code signs in.
    await passwordStep(page);
    await codeStep(page, codeOf(app, 40));
    await expect(page.getByText(/That code is not right/)).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel("Authentication code").fill(recoveryCodes[0] ?? "");
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page).toHaveURL("/admin");
    await page.goto("/login/security");
    await expect(page.getByText("On. 9 of 10 recovery codes left.")).toBeVisible();
  } finally {
    // Leave the seed's admin as it was: two-step sign-in off, with another recovery code.
    await page.goto("/login/security");
    if (new URL(page.url()).pathname === "/login") {
      await passwordStep(page);
      await codeStep(page, recoveryCodes[2] ?? "");
      await page.goto("/login/security");
    }
    const turnOff = page.getByRole("region", { name: "Turn off" });
    await turnOff.getByLabel("Code from your app, or a recovery code").fill(recoveryCodes[1] ?? "");
    await turnOff.getByRole("button", { name: "Turn off two-step sign-in" }).click();
    await expect(page.getByText("Two-step sign-in is off.")).toBeVisible();
  }
});
