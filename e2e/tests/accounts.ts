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
};
/** Another business, whose pages Pwani Breeze's people must never open. */
export const otherBusiness = { subdomain: "jacaranda-homes", name: "Jacaranda Homes & Lettings" };

/** Signs in on a sign-in page the way a person does: the two labelled fields, then the button. */
export async function signIn(page: Page, loginPath: string, email: string): Promise<void> {
  await page.goto(loginPath);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(new RegExp(`${loginPath}$`));
}
