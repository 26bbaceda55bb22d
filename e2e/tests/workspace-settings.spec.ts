import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./accounts";

// A business's Settings: its owner edits the profile and hours, invites a teammate and changes
// their role; a viewer sees the settings but no controls; all of it fits a 360 px phone.
// Menengai Auto is used by no other spec: only its address, city and hours change here (its
// name stays), and the teammate is new on every run.

const garage = { subdomain: "menengai-auto", owner: "owner@menengai-auto.demo.aizalo.test" };
const jacarandaViewer = "viewer@jacaranda-homes.demo.aizalo.test";
const NEW_PASSWORD = "Mandazi-na-chai-2026";

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

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 360, height: 780 },
]) {
  test(`the owner edits the profile and hours, invites and re-roles a teammate (${viewport.name})`, async ({
    page,
    browser,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, `/${garage.subdomain}/login`, garage.owner);
    await expect(page).toHaveURL(`/${garage.subdomain}/dashboard`);
    await page.goto(`/${garage.subdomain}/settings`);
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

    // Profile: a bad phone is refused under its field, then a good one is saved.
    const profile = page.getByRole("form", { name: "Business profile" });
    const street = `Kenyatta Avenue ${Date.now() % 1000}`;
    await profile.getByLabel("Address").fill(street);
    await profile.getByLabel("City or town").fill("Nakuru");
    await profile.getByLabel("Phone").fill("0712 34");
    await profile.getByRole("button", { name: "Save business profile" }).click();
    await expect(profile.getByText(/Enter a valid phone number/)).toBeVisible();
    await expect(profile.getByLabel("Phone")).toHaveAttribute("aria-invalid", "true");
    await profile.getByLabel("Phone").fill("0722 555 010");
    await profile.getByRole("button", { name: "Save business profile" }).click();
    await expect(page.getByText("Business profile saved")).toBeVisible();

    // Hours: closing before opening is refused; Saturday closed is saved.
    const hours = page.getByRole("form", { name: "Business hours" });
    await hours.getByLabel("Monday closes at").fill("07:00");
    await hours.getByRole("button", { name: "Save business hours" }).click();
    await expect(hours.getByText("Closing time must be after opening time.")).toBeVisible();
    await hours.getByLabel("Monday closes at").fill("18:00");
    await hours.getByRole("checkbox", { name: "Open" }).nth(5).uncheck();
    await hours.getByRole("button", { name: "Save business hours" }).click();
    await expect(page.getByText("Business hours saved")).toBeVisible();
    await expectNoSidewaysScroll(page);

    // Read back after a reload: what was saved is what is shown.
    await page.reload();
    await expect(
      page.getByRole("form", { name: "Business profile" }).getByLabel("Address"),
    ).toHaveValue(street);
    await expect(page.getByLabel("Monday closes at")).toHaveValue("18:00");
    await expect(page.getByLabel("Saturday opens at")).toHaveCount(0);

    // Team: invite, the teammate accepts, the owner makes them an admin.
    await page.getByRole("link", { name: "Team" }).click();
    await expect(page).toHaveURL(`/${garage.subdomain}/settings/team`);
    const team = page.getByRole("region", { name: "Your team" });
    const name = `Kamau Mwangi ${viewport.name}`;
    const email = `kamau.${viewport.name}.${Date.now()}@example.co.ke`;
    await team.getByLabel("Their name").fill(name);
    await team.getByLabel("Their email").fill(email);
    await team.getByLabel("Role", { exact: true }).selectOption("staff");
    await team.getByRole("button", { name: "Send invitation" }).click();
    const link = await team.getByLabel("Invitation link").inputValue();
    await expectNoSidewaysScroll(page);

    const invitee = await browser.newContext();
    try {
      const invitePage = await invitee.newPage();
      await invitePage.goto(new URL(link).pathname);
      await invitePage.getByLabel("Choose a password").fill(NEW_PASSWORD);
      await invitePage.getByRole("button", { name: "Set password and join" }).click();
      await expect(invitePage).toHaveURL(`/${garage.subdomain}/dashboard`);
    } finally {
      await invitee.close();
    }

    await page.reload();
    const role = page.getByLabel(`Role for ${name}`);
    await expect(role).toHaveValue("staff");
    await role.selectOption("admin");
    await expect(page.getByText(`${name}'s role changed`)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(`Role for ${name}`)).toHaveValue("admin");
    await expectNoSidewaysScroll(page);

    // Activity names who did it.
    await page.getByRole("link", { name: "Activity" }).click();
    const log = page.getByRole("list", { name: "Activity" });
    await expect(log.getByText("changed a team member's role").first()).toBeVisible();
    await expect(log.getByText("changed the business hours").first()).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
}

test("a viewer sees the settings but no controls, and no team or activity", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, "/jacaranda-homes/login", jacarandaViewer);
  await page.goto("/jacaranda-homes/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("an owner or admin can change them")).toBeVisible();
  const profile = page.getByRole("form", { name: "Business profile" });
  await expect(profile.getByLabel("Business name")).toBeDisabled();
  await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
  const sections = page.getByRole("navigation", { name: "Settings sections" });
  await expect(sections.getByRole("link", { name: "Team" })).toHaveCount(0);
  await expect(sections.getByRole("link", { name: "Activity" })).toHaveCount(0);
  await expectNoSidewaysScroll(page);

  await page.goto("/jacaranda-homes/settings/team");
  await expect(page.getByText("owners and admins manage the team")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
});
