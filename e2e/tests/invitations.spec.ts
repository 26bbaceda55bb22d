import { expect, test, type Browser, type Page } from "@playwright/test";
import { pwaniOwner, signIn } from "./accounts";

// A business owner invites a teammate from Settings → Team; the teammate opens the link,
// chooses a password and lands on the business's dashboard. A used or withdrawn link says so.
// Each run invites new people (unique emails), so no seeded person is changed.

const NEW_PASSWORD = "Mandazi-na-chai-2026";

async function inviteFromTeamPage(page: Page, name: string, email: string): Promise<string> {
  await page.goto(`/${pwaniOwner.subdomain}/settings/team`);
  const team = page.getByRole("region", { name: "Your team" });
  await team.getByLabel("Their name").fill(name);
  await team.getByLabel("Their email").fill(email);
  await team.getByLabel("Role", { exact: true }).selectOption("staff");
  await team.getByRole("button", { name: "Send invitation" }).click();
  await expect(team.getByText(`Invitation sent to ${email}`)).toBeVisible();
  const link = await team.getByLabel("Invitation link").inputValue();
  expect(new URL(link).pathname).toMatch(/^\/invite\/[\w-]{40,}$/);
  // Waiting for an answer, with the name the owner typed.
  await expect(pendingInvitation(page, email)).toContainText(name);
  return link;
}

/** The row of the invitation to `email` in the list of those waiting for an answer. */
function pendingInvitation(page: Page, email: string) {
  return page
    .getByRole("region", { name: "Invitations waiting for an answer" })
    .getByRole("row")
    .filter({ hasText: email });
}

/** The invitation page as the invitee sees it, in a browser of their own (no owner cookie). */
async function openAsInvitee(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link).pathname);
  return { context, page };
}

test("an owner invites a teammate, who sets a password and lands on the dashboard", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const name = "Amina Chepkoech";
  const email = `amina.chepkoech.${stamp}@example.co.ke`;
  await signIn(page, `/${pwaniOwner.subdomain}/login`, pwaniOwner.email);
  await expect(page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);
  const link = await inviteFromTeamPage(page, name, email);
  await page.screenshot({ path: test.info().outputPath("team-invited.png") });

  const invitee = await openAsInvitee(browser, link);
  try {
    await expect(invitee.page.getByRole("heading", { name: `Karibu, ${name}` })).toBeVisible();
    await invitee.page.getByLabel("Choose a password").fill(NEW_PASSWORD);
    await invitee.page.getByRole("button", { name: "Set password and join" }).click();
    await expect(invitee.page).toHaveURL(`/${pwaniOwner.subdomain}/dashboard`);
    await expect(
      invitee.page.getByRole("heading", { level: 1, name: pwaniOwner.businessName }),
    ).toBeVisible();

    // The link worked once: opened again, it says so and offers nothing to fill in.
    await invitee.page.goto(new URL(link).pathname);
    await expect(
      invitee.page.getByRole("heading", { name: "This link no longer works" }),
    ).toBeVisible();
    await expect(invitee.page.getByText(/was already used/)).toBeVisible();
    await expect(invitee.page.getByLabel("Choose a password")).toHaveCount(0);
  } finally {
    await invitee.context.close();
  }

  // The new teammate is on the owner's team list now.
  await page.reload();
  await expect(
    page.getByRole("list", { name: "Team members" }).getByText(email, { exact: true }),
  ).toBeVisible();
});

test("a withdrawn invitation's link no longer works", async ({ page, browser }) => {
  const email = `otieno.ouma.${Date.now()}@example.co.ke`;
  await signIn(page, `/${pwaniOwner.subdomain}/login`, pwaniOwner.email);
  const link = await inviteFromTeamPage(page, "Otieno Ouma", email);
  await pendingInvitation(page, email)
    .getByRole("button", { name: "Withdraw the invitation of Otieno Ouma" })
    .click();
  await expect(page.getByText("Invitation withdrawn: its link no longer works.")).toBeVisible();

  const invitee = await openAsInvitee(browser, link);
  try {
    await expect(
      invitee.page.getByRole("heading", { name: "This link no longer works" }),
    ).toBeVisible();
    await expect(invitee.page.getByLabel("Choose a password")).toHaveCount(0);
  } finally {
    await invitee.context.close();
  }
});
