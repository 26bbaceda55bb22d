import { expect, type Page } from "@playwright/test";

/** The seed's demo sign-ins (packages/db/src/seed/accounts.ts): one password for all. */
export const DEMO_PASSWORD = "Karibu-Aizalo-254";

export const platformOwner = { email: "owner@demo.aizalo.test", name: "Njambi Kariuki" };
/** The Mombasa sales rep looks after Pwani Breeze Hotel. */
export const salesRep = { email: "sales.mombasa@demo.aizalo.test", name: "Fatuma Abdalla" };
export const pwaniOwner = {
  email: "owner@pwani-breeze.demo.aizalo.test",
  name: "Salim Abdalla",
  subdomain: "pwani-breeze",
  businessName: "Pwani Breeze Hotel",
  industry: "Hotel",
  /** seedId("tenant", "hotels") in packages/db/src/seed: the same on every seeded database. */
  tenantId: "2e032ea5-def8-5a1a-9bf7-fb49c95023a6",
};
/** Another business, whose pages Pwani Breeze's people must never open. */
export const otherBusiness = { subdomain: "jacaranda-homes", name: "Jacaranda Homes & Lettings" };

/**
 * Signs the platform owner in and lands on /admin. An owner without a second factor is asked to
 * set one up (on a first sign-in); the e2e servers, like the demo deploy, let them skip it.
 */
export async function signInAsPlatformOwner(page: Page): Promise<void> {
  await signIn(page, "/login", platformOwner.email);
  await page.waitForURL(/\/(admin|login\/security)$/);
  if (new URL(page.url()).pathname === "/login/security") {
    await page.getByRole("link", { name: "Skip for now" }).click();
  }
  await expect(page).toHaveURL("/admin");
}

/** Signs in on a sign-in page the way a person does: the two labelled fields, then the button. */
export async function signIn(page: Page, loginPath: string, email: string): Promise<void> {
  await page.goto(loginPath);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(new RegExp(`${loginPath}$`));
}
