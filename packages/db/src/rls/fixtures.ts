import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";

/** Inserts one row as the owner (RLS bypassed); objects become jsonb, arrays PostgreSQL arrays. */
export async function insertRow(
  owner: pg.Client,
  table: string,
  row: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(row);
  const values = Object.values(row).map((value) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? JSON.stringify(value)
      : value,
  );
  await owner.query(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
    values,
  );
}

/** Inserts a row with a fresh uuid and returns the id. */
export async function insert(
  owner: pg.Client,
  table: string,
  row: Record<string, unknown>,
): Promise<string> {
  const id = randomUUID();
  await insertRow(owner, table, { id, ...row });
  return id;
}

export interface TenantFixture {
  id: string;
  subdomain: string;
  users: {
    owner: string;
    admin: string;
    staff: string;
    settingsStaff: string;
    teamStaff: string;
    viewer: string;
  };
  customer: string;
  otherCustomer: string;
  conversation: string;
  message: string;
  website: string;
  publishedPage: string;
  draftPage: string;
  publishedReview: string;
  draftReview: string;
  /** A finished export with its archive (background_tasks, 0020). */
  exportTask: string;
  /** A queued customer import with its input file. */
  importTask: string;
}

export interface World {
  suffix: string;
  platform: { owner: string; admin: string; rep1: string; rep2: string; support: string };
  territories: { rep1: string; rep2: string };
  a: TenantFixture;
  b: TenantFixture;
  /** Suspended: its published site must show nothing. */
  closed: TenantFixture;
  salesLeads: {
    rep1: string;
    rep2: string;
    openInRep1Territory: string;
    openInRep2Territory: string;
  };
  demos: { rep1: string; rep2: string };
  notes: { rep1OnA: string; rep2OnB: string };
  revenue: { a: string; b: string };
  commissions: { rep1: string; rep2: string };
}

export const phone = (n: number) => `+2547${String(n).padStart(8, "0")}`;

export async function platformUser(
  owner: pg.Client,
  suffix: string,
  role: string,
  name: string,
): Promise<string> {
  return insert(owner, "platform_users", {
    email: `${name}.${suffix}@aizalo.test`,
    password_hash: "$argon2id$fixture",
    full_name: `${name} Mwangi`,
    role,
  });
}

export async function tenantFixture(
  owner: pg.Client,
  suffix: string,
  label: string,
  seq: number,
  account: { salesRep: string | null; support: string | null; status: string },
): Promise<TenantFixture> {
  const subdomain = `${label}-${suffix}`;
  const id = await insert(owner, "tenants", {
    business_name: `${label} Traders`,
    subdomain,
    industry: "hardware",
    phone: phone(seq * 1000),
    email: `hello@${subdomain}.test`,
    city: "Nakuru",
    subscription_status: account.status,
    subscription_plan: "professional",
    monthly_fee: "4500.00",
    assigned_sales_rep_id: account.salesRep,
    assigned_support_id: account.support,
  });
  const user = (role: string, name: string, permissions: string[] = []) =>
    insert(owner, "tenant_users", {
      tenant_id: id,
      // The same addresses exist in every tenant: sign-in must tell them apart.
      email: `${name}@example.test`,
      password_hash: "$argon2id$fixture",
      full_name: `${name} Otieno`,
      role,
      permissions,
    });
  const users = {
    owner: await user("owner", "owner"),
    admin: await user("admin", "admin"),
    staff: await user("staff", "staff"),
    settingsStaff: await user("staff", "settings-staff", ["settings.write"]),
    teamStaff: await user("staff", "team-staff", ["team.manage"]),
    viewer: await user("viewer", "viewer"),
  };
  const campaign = await insert(owner, "campaigns", {
    tenant_id: id,
    name: "Rainy season offer",
    type: "whatsapp",
  });
  const customer = await insert(owner, "customers", {
    tenant_id: id,
    phone: phone(seq * 1000 + 1),
    first_name: "Wanjiru",
  });
  const otherCustomer = await insert(owner, "customers", {
    tenant_id: id,
    phone: phone(seq * 1000 + 2),
    first_name: "Kamau",
  });
  await insert(owner, "customer_consents", {
    tenant_id: id,
    customer_id: customer,
    channel: "whatsapp",
    granted: true,
    source: "in_person",
    recorded_by: users.staff,
  });
  const conversation = await insert(owner, "conversations", {
    tenant_id: id,
    customer_id: customer,
    channel: "whatsapp",
  });
  const message = await insert(owner, "messages", {
    tenant_id: id,
    conversation_id: conversation,
    direction: "inbound",
    channel: "whatsapp",
    content: "Habari, mna cement?",
  });
  await insert(owner, "messages", {
    tenant_id: id,
    conversation_id: conversation,
    direction: "outbound",
    channel: "whatsapp",
    content: "Ndiyo, tuko nayo.",
    status: "sent",
    author_id: users.staff,
  });
  await insert(owner, "leads", {
    tenant_id: id,
    customer_id: customer,
    source_campaign_id: campaign,
    stage: "qualified",
  });
  await insert(owner, "content_library", {
    tenant_id: id,
    type: "social_post",
    content: "Bei nafuu leo!",
  });
  await insert(owner, "booking_requests", {
    tenant_id: id,
    name: "Achieng",
    phone: phone(seq * 1000 + 3),
    requested_for: "2026-12-01T09:00:00+03:00",
  });
  await insert(owner, "tenant_settings", {
    tenant_id: id,
    category: "business",
    key: "opening_hours",
    value: { mon: "8-17" },
  });
  const publishedReview = await insert(owner, "reviews", {
    tenant_id: id,
    rating: 5,
    author_name: "Njeri",
    is_published: true,
  });
  const draftReview = await insert(owner, "reviews", {
    tenant_id: id,
    rating: 2,
    author_name: "Odhiambo",
  });
  const website = await insert(owner, "tenant_websites", {
    tenant_id: id,
    is_published: true,
    published_at: "2026-01-10T10:00:00Z",
  });
  const page = (slug: string, published: boolean) =>
    insert(owner, "website_pages", {
      tenant_id: id,
      website_id: website,
      slug,
      title: slug,
      content: `${label} ${slug}`,
      is_published: published,
    });
  const publishedPage = await page("home", true);
  const draftPage = await page("draft-offers", false);
  await insert(owner, "website_customizations", {
    tenant_id: id,
    website_id: website,
    customization_type: "color",
    key: "primary",
    value: "#0a7d3b",
  });
  await insert(owner, "invitations", {
    tenant_id: id,
    tenant_user_id: users.viewer,
    email: "viewer@example.test",
    role: "viewer",
    token_hash: randomBytes(16).toString("hex"),
    invited_by: users.owner,
    expires_at: "2030-01-01T00:00:00Z",
  });
  await insert(owner, "password_resets", {
    user_type: "tenant",
    tenant_id: id,
    tenant_user_id: users.staff,
    token_hash: randomBytes(16).toString("hex"),
    expires_at: "2030-01-01T00:00:00Z",
  });
  await insert(owner, "subscription_changes", {
    tenant_id: id,
    kind: "activated",
    to_status: "active",
    to_fee: "4500.00",
  });
  await insert(owner, "feature_flags", {
    key: `ai.replies.${suffix}`,
    tenant_id: id,
    enabled: true,
  });
  await insertRow(owner, "audit_logs", {
    actor_user_id: users.owner,
    actor_user_type: "tenant",
    actor_role: "owner",
    tenant_id: id,
    action: "update",
    entity: "customers",
    entity_id: customer,
  });
  // A finished export (with its archive) and a queued import (with its input file), 0020.
  const exportTask = await insert(owner, "background_tasks", {
    tenant_id: id,
    kind: "tenant_export",
    status: "done",
    progress_percent: 100,
    requested_by: users.owner,
  });
  await insertRow(owner, "background_task_files", {
    tenant_id: id,
    task_id: exportTask,
    purpose: "archive",
    content: "\\x504b0506",
  });
  const importTask = await insert(owner, "background_tasks", {
    tenant_id: id,
    kind: "customer_import",
    requested_by: users.staff,
  });
  await insertRow(owner, "background_task_files", {
    tenant_id: id,
    task_id: importTask,
    purpose: "input",
    content: "\\x66697273745f6e616d65",
  });
  await insertRow(owner, "api_usage", {
    endpoint: "/api/trpc/customers.list",
    method: "GET",
    tenant_id: id,
    user_type: "tenant",
  });
  return {
    id,
    subdomain,
    users,
    customer,
    otherCustomer,
    conversation,
    message,
    website,
    publishedPage,
    draftPage,
    publishedReview,
    draftReview,
    exportTask,
    importTask,
  };
}
