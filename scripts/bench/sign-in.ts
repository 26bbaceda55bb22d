import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/**
 * Signs in on the business's real sign-in page in Chromium (Debian's, or CHROMIUM_PATH, as the
 * browser tests use), the way a person does, and returns the Cookie header the browser sends
 * with `requestUrl`. So the benchmark carries exactly the cookies a signed-in browser carries
 * on an API call, no more (a sign-in through Auth.js's REST endpoints leaves a CSRF cookie
 * that the app's own sign-in never sets).
 */
export async function signInAsTenantUser(
  origin: string,
  account: { subdomain: string; email: string; password: string },
  requestUrl: string,
): Promise<string> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `no Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium), ` +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary",
    );
  }
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/${account.subdomain}/login`);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${origin}/${account.subdomain}/dashboard`, { timeout: 30_000 });
    const cookies = await page.context().cookies(requestUrl);
    if (!cookies.some((cookie) => /(^|\.)authjs\.session-token$/.test(cookie.name))) {
      throw new Error(`sign-in as ${account.email} left no session cookie`);
    }
    return cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
  } finally {
    await browser.close();
  }
}
