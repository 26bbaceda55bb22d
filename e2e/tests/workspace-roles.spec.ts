import { expect, test, type Browser, type Page } from "@playwright/test";
import { platformOwner, signIn, signInAsPlatformOwner } from "./accounts";
import { webOrigin } from "./origins";

/**
 * What each role of a business may do, seen in the browser and proven against the API with the
 * same session. Mama Akinyi's Kitchen: the analytics and campaigns specs run before this one
 * (file order, one worker); these tests only add replies, a tag and a login-as session.
 */
const kitchen = {
  subdomain: "mama-akinyi",
  /** seedId("tenant", "restaurants") in packages/db/src/seed. */
  tenantId: "833f5d4f-64f4-579b-a772-a625e9cd20ee",
  staffName: "Mercy Oduor",
};
const emailOf = (role: "owner" | "staff" | "viewer") =>
  `${role}@${kitchen.subdomain}.demo.aizalo.test`;
const at = (path: string) => `/${kitchen.subdomain}/${path}`;

// Each test walks several pages and the API: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

interface TrpcAnswer {
  status: number;
  code: string | null;
  data: unknown;
}

/**
 * A tRPC call made by the page itself (fetch, with the page's own cookies), as a script in the
 * browser could: queries as GET, mutations as POST, superjson's `{ json }` envelope.
 */
async function callApi(
  page: Page,
  path: string,
  input: unknown,
  kind: "query" | "mutation" = "mutation",
): Promise<TrpcAnswer> {
  return page.evaluate(
    async ({ path, input, kind }) => {
      const envelope = JSON.stringify({ json: input });
      const response =
        kind === "query"
          ? await fetch(`/api/trpc/${path}?input=${encodeURIComponent(envelope)}`)
          : await fetch(`/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: envelope,
            });
      const body = (await response.json()) as {
        result?: { data?: { json?: unknown } };
        error?: { json?: { data?: { code?: string } } };
      };
      return {
        status: response.status,
        code: body.error?.json?.data?.code ?? null,
        data: body.result?.data?.json ?? null,
      };
    },
    { path, input, kind },
  );
}

async function read<T>(page: Page, path: string, input: unknown = {}): Promise<T> {
  const answer = await callApi(page, path, input, "query");
  expect(answer.status, `${path} answers`).toBe(200);
  return answer.data as T;
}

async function signedIn(browser: Browser, role: "owner" | "staff" | "viewer"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, at("login"), emailOf(role));
  await expect(page).toHaveURL(at("dashboard"));
  return page;
}

interface InboxItem {
  id: string;
  unreadCount: number;
  status: string;
  customer: { name: string };
}
interface ConversationDetail {
  status: string;
  unreadCount: number;
  assignee: { id: string } | null;
}
interface MessagePage {
  items: { id: string; content: string; sender: string }[];
}

async function unreadConversation(page: Page): Promise<InboxItem> {
  const inbox = await read<{ items: InboxItem[] }>(page, "tenant.conversations.list", {
    pageSize: 100,
  });
  const unread = inbox.items.find((item) => item.unreadCount > 0);
  if (!unread) throw new Error("The seed gives Mama Akinyi's Kitchen unread conversations");
  return unread;
}

test("a viewer sees no write controls anywhere, and the API refuses every write with their session", async ({
  browser,
}, testInfo) => {
  const page = await signedIn(browser, "viewer");

  // Customers: the list and a customer's page.
  await page.goto(at("customers"));
  const table = page.getByRole("region", { name: "Customers" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  for (const name of ["Add customer", "Import CSV"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await table.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Marketing consent" })).toBeVisible();
  const customerId = new URL(page.url()).pathname.split("/").at(-1)!;
  for (const name of ["Edit", "Erase", "Export their data", /Record consent/]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }

  // Leads: neither the board nor the list offers moves or edits.
  await page.goto(at("leads"));
  await expect(page.getByRole("region", { name: "Pipeline board" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add lead" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: /^Move / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^(Edit|Drag) / })).toHaveCount(0);
  await page.getByRole("button", { name: "List" }).click();
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Move / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);

  // The inbox: an unread conversation opens read-only, and stays unread for the team.
  const unread = await unreadConversation(page);
  await page.goto(at(`conversations/${unread.id}`));
  const conversation = page.locator("article[aria-labelledby='conversation-heading']");
  await expect(conversation.getByRole("list", { name: "Messages" })).toBeVisible();
  await expect(conversation).toContainText("it stays unread for the team");
  for (const name of ["Send reply", "Resolve", "Reopen", "Add note"]) {
    await expect(conversation.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(conversation.getByRole("textbox")).toHaveCount(0);
  await expect(conversation.getByRole("radio", { name: "Internal note" })).toHaveCount(0);
  await expect(conversation.getByRole("combobox", { name: "Assigned to" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("viewer-conversation.png"), fullPage: true });

  // The account page: their own account, no team to manage.
  await page.goto(at("account"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your team" })).toHaveCount(0);

  // The same session, straight at the API: every write refused, nothing changed.
  const lead = (
    await read<{ rows: { id: string; stage: string }[] }>(page, "tenant.leads.list", {
      pageSize: 5,
    })
  ).rows[0]!;
  const snapshot = async () => ({
    customer: await read(page, "tenant.customers.get", { id: customerId }),
    lead: await read(page, "tenant.leads.get", { id: lead.id }),
    conversation: await read<ConversationDetail>(page, "tenant.conversations.get", {
      conversationId: unread.id,
    }),
    messages: await read<MessagePage>(page, "tenant.conversations.messages", {
      conversationId: unread.id,
      limit: 50,
    }),
  });
  const before = await snapshot();
  expect(before.conversation.unreadCount).toBe(unread.unreadCount);
  const conversationId = unread.id;
  const writes: [string, unknown][] = [
    ["tenant.customers.create", { firstName: "Intruder", phone: "0115 000 001" }],
    ["tenant.customers.update", { id: customerId, firstName: "Intruder" }],
    ["tenant.customers.erase", { id: customerId }],
    ["tenant.customers.import", { csv: "first_name,phone\nIntruder,0115 000 002\n" }],
    [
      "tenant.customers.recordConsent",
      { customerId, channel: "sms", granted: true, source: "other" },
    ],
    ["tenant.leads.create", { contactName: "Intruder", phone: "0115 000 003" }],
    ["tenant.leads.update", { id: lead.id, notes: "Intruder" }],
    ["tenant.leads.move", { id: lead.id, stage: lead.stage === "lost" ? "new" : "lost" }],
    ["tenant.conversations.reply", { conversationId, text: "Intruder" }],
    ["tenant.conversations.addNote", { conversationId, text: "Intruder" }],
    ["tenant.conversations.assign", { conversationId, assigneeId: null }],
    ["tenant.conversations.resolve", { conversationId }],
    ["tenant.conversations.markRead", { conversationId }],
    ["tenant.team.invite", { email: "intruder@example.com", fullName: "Intruder", role: "staff" }],
  ];
  for (const [path, input] of writes) {
    const answer = await callApi(page, path, input);
    expect([path, answer.status, answer.code]).toEqual([path, 403, "FORBIDDEN"]);
  }
  expect(await snapshot()).toEqual(before);
});

test("staff reply to customers and edit them, but cannot erase one or manage the team", async ({
  browser,
}, testInfo) => {
  const page = await signedIn(browser, "staff");

  // A reply, signed with the teammate's name.
  const unread = await unreadConversation(page);
  await page.goto(at(`conversations/${unread.id}`));
  const reply = `Karibu! Your table for four is booked for 7pm (${Date.now()}).`;
  await page.getByRole("textbox", { name: `Reply to ${unread.customer.name}` }).fill(reply);
  await page.getByRole("button", { name: "Send reply" }).click();
  const sent = page.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
  await expect(sent).toContainText(reply);
  await expect(sent).toContainText(kitchen.staffName);
  await expect(sent).toContainText("Queued");

  // A customer: edited; erasure and the data export are not offered.
  await page.goto(at("customers"));
  const table = page.getByRole("region", { name: "Customers" });
  await table.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Marketing consent" })).toBeVisible();
  const customerId = new URL(page.url()).pathname.split("/").at(-1)!;
  const tag = `regular-${Date.now() % 100_000}`;
  await page.getByRole("button", { name: "Edit" }).click();
  const edit = page.getByRole("dialog", { name: "Edit customer" });
  await edit.getByLabel("Tags").fill(tag);
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(tag)).toBeVisible();
  for (const name of ["Erase", "Export their data"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await page.screenshot({ path: testInfo.outputPath("staff-customer.png"), fullPage: true });

  // No team to manage on their account page.
  await page.goto(at("account"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your team" })).toHaveCount(0);

  // And the API agrees, with their session.
  for (const [path, input] of [
    ["tenant.customers.erase", { id: customerId }],
    ["tenant.team.invite", { email: "friend@example.com", fullName: "A Friend", role: "staff" }],
    ["tenant.settings.platformAccess.set", { allowPlatformLogin: false }],
  ] as const) {
    const answer = await callApi(page, path, input);
    expect([path, answer.status, answer.code]).toEqual([path, 403, "FORBIDDEN"]);
  }
  const { customer } = await read<{ customer: { tags: string[]; firstName: string } }>(
    page,
    "tenant.customers.get",
    { id: customerId },
  );
  // Not erased: the name is still there, and the edit stayed.
  expect(customer.firstName).not.toBe("Erased customer");
  expect(customer.tags).toContain(tag);
});

test("Aizalo's owner, logged in with changes allowed, replies as 'Aizalo staff' and leaves messages unread for the team", async ({
  browser,
}, testInfo) => {
  const owner = await (await browser.newContext()).newPage();
  await signInAsPlatformOwner(owner);
  const started = await owner.request.post("/api/impersonation/start", {
    headers: { origin: webOrigin },
    data: {
      tenantId: kitchen.tenantId,
      reason: "Helping the owner answer a booking question",
      allowChanges: true,
    },
  });
  expect(started.status()).toBe(200);
  await owner.goto(((await started.json()) as { redirectTo: string }).redirectTo);
  await expect(owner).toHaveURL(at("dashboard"));

  const unread = await unreadConversation(owner);
  await owner.goto(at(`conversations/${unread.id}`));
  const reply = `Habari from Aizalo: your booking is confirmed (${Date.now()}).`;
  await owner.getByRole("textbox", { name: `Reply to ${unread.customer.name}` }).fill(reply);
  await owner.getByRole("button", { name: "Send reply" }).click();
  const signature = `Aizalo staff · ${platformOwner.name}`;
  const sent = owner.getByRole("list", { name: "Messages" }).getByRole("listitem").last();
  await expect(sent).toContainText(reply);
  await expect(sent).toContainText(signature);
  await owner.screenshot({ path: testInfo.outputPath("aizalo-staff-reply.png"), fullPage: true });

  // The business's own owner sees who wrote it.
  const business = await signedIn(browser, "owner");
  await business.goto(at(`conversations/${unread.id}`));
  const seen = business
    .getByRole("list", { name: "Messages" })
    .getByRole("listitem")
    .filter({ hasText: reply });
  await expect(seen).toContainText(signature);

  // Opening another unread conversation as the platform owner leaves it unread for the team.
  const other = await unreadConversation(owner);
  await owner.goto(at(`conversations/${other.id}`));
  await expect(owner.getByRole("list", { name: "Messages" })).toBeVisible();
  // Give an eager mark-as-read its chance to happen before checking it did not.
  await owner.waitForLoadState("networkidle");
  const after = await read<ConversationDetail>(business, "tenant.conversations.get", {
    conversationId: other.id,
  });
  expect(after.unreadCount).toBe(other.unreadCount);
});
