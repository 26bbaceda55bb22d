import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  Badge,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
import { env } from "../../../../env";
import { requireAdminSession } from "../../../../server/shell-access";
import { serverApi } from "../../../../trpc/server";
import {
  formatKes,
  formatWhen,
  INDUSTRY_LABELS,
  PLAN_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
} from "../tenant-labels";
import { NoteForm } from "./note-form";
import { TenantActions } from "./tenant-actions";

export const metadata: Metadata = { title: "Tenant" };

async function loadTenant(tenantId: string) {
  const api = await serverApi();
  try {
    return await api.admin.tenants.byId({ tenantId });
  } catch (error) {
    // A malformed id in the address and an unknown one are both "no such tenant".
    const code = (error as { code?: string }).code;
    if (code === "NOT_FOUND" || code === "BAD_REQUEST") notFound();
    throw error;
  }
}

function siteUrl(subdomain: string): string {
  const origin = new URL(env.SITES_ORIGIN);
  return `${origin.protocol}//${subdomain}.${origin.host}`;
}

/** One business as the platform manages it: account, subscription, people, usage, money. */
export default async function AdminTenantPage({ params }: PageProps<"/admin/tenants/[id]">) {
  const claims = await requireAdminSession();
  const { id } = await params;
  const detail = await loadTenant(id);
  const { tenant, usage, website } = detail;
  const api = await serverApi();
  const staff = await api.admin.tenants.assignableStaff();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={`${tenant.subdomain} · ${INDUSTRY_LABELS[tenant.industry] ?? tenant.industry}`}
        title={tenant.businessName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONES[tenant.subscriptionStatus] ?? "neutral"}>
              {STATUS_LABELS[tenant.subscriptionStatus] ?? tenant.subscriptionStatus}
            </Badge>
            {tenant.isDemo ? (
              <Badge>Demo until {formatWhen(tenant.demoExpiresAt, false)}</Badge>
            ) : null}
            <span>
              {PLAN_LABELS[tenant.subscriptionPlan]} · {formatKes(tenant.monthlyFee)} a month
            </span>
          </span>
        }
      />
      <TenantActions
        tenant={{
          id: tenant.id,
          businessName: tenant.businessName,
          status: tenant.subscriptionStatus,
          plan: tenant.subscriptionPlan,
          monthlyFee: tenant.monthlyFee.toString(),
          salesRepId: tenant.assignedSalesRep?.id ?? null,
          supportId: tenant.assignedSupport?.id ?? null,
        }}
        staff={staff}
        isOwner={claims.role === "owner"}
        allowPlatformLogin={detail.allowPlatformLogin}
      />

      {tenant.subscriptionStatus === "suspended" ? (
        <p role="note" className="rounded-lg border border-danger/30 bg-danger/5 px-4 py-3 text-sm">
          Suspended {formatWhen(tenant.suspendedAt)}: {tenant.suspensionReason ?? "no reason given"}
          . Its people cannot sign in and its website says the business is unavailable.
        </p>
      ) : null}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle>Subscription</CardTitle>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                ["Plan", PLAN_LABELS[tenant.subscriptionPlan] ?? tenant.subscriptionPlan],
                ["Monthly fee", formatKes(tenant.monthlyFee)],
                ["Trial ends", formatWhen(tenant.trialEndsAt, false)],
                ["Next billing", formatWhen(tenant.nextBillingDate, false)],
                ["First activated", formatWhen(tenant.activatedAt)],
                ["Joined", formatWhen(tenant.createdAt, false)],
              ]}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>People at Aizalo</CardTitle>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                ["Sales rep", tenant.assignedSalesRep?.fullName ?? "Unassigned"],
                ["Support", tenant.assignedSupport?.fullName ?? "Unassigned"],
                ["Onboarded by", tenant.onboardedByUser?.fullName ?? "—"],
                [
                  "Login as tenant",
                  detail.allowPlatformLogin ? "Allowed" : "Turned off by the business",
                ],
              ]}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Usage</CardTitle>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                ["Customers", usage.customers.toLocaleString("en-KE")],
                ["Conversations", usage.conversations.toLocaleString("en-KE")],
                ["API requests (30 days)", usage.apiRequests30d.toLocaleString("en-KE")],
                ["Server errors (30 days)", usage.apiErrors30d.toLocaleString("en-KE")],
                ["Last activity", formatWhen(usage.lastActivityAt)],
              ]}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Website</CardTitle>
          </CardHeader>
          <CardContent>
            {website ? (
              <Facts
                items={[
                  [
                    "Status",
                    tenant.subscriptionStatus === "suspended"
                      ? "Shows “unavailable” while suspended"
                      : website.isPublished
                        ? "Published"
                        : "Not published",
                  ],
                  [
                    "Address",
                    <a key="site" className="underline" href={siteUrl(tenant.subdomain)}>
                      {siteUrl(tenant.subdomain).replace(/^https?:\/\//, "")}
                    </a>,
                  ],
                  ["Custom domain", website.customDomain ?? "—"],
                  ["Pages", String(website.pages)],
                  ["Published", formatWhen(website.publishedAt)],
                ]}
              />
            ) : (
              <p className="text-sm text-muted-foreground">No website yet.</p>
            )}
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Account</CardTitle>
          </CardHeader>
          <CardContent>
            <Facts
              items={[
                ["Email", tenant.email],
                ["Phone", tenant.phone],
                ["City", tenant.city ?? "—"],
                ["Tier", tenant.tier ? String(tenant.tier) : "—"],
              ]}
            />
          </CardContent>
        </Card>
      </div>

      <Section title="Subscription history">
        <Table label="Subscription history">
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>Change</TableHead>
              <TableHead>By</TableHead>
              <TableHead>Reason</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.history.map((change) => (
              <TableRow key={change.id}>
                <TableCell>{formatWhen(change.effectiveAt)}</TableCell>
                <TableCell>{describeChange(change)}</TableCell>
                <TableCell>{change.actor?.fullName ?? "Automatic"}</TableCell>
                <TableCell className="whitespace-normal">{change.reason ?? "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section title="Users">
        <Table label="Users">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Last sign-in</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.users.map((user) => (
              <TableRow key={user.id}>
                <TableCell>
                  {user.fullName}
                  {user.isActive ? null : <Badge className="ml-2">Deactivated</Badge>}
                </TableCell>
                <TableCell>{user.email}</TableCell>
                <TableCell className="capitalize">{user.role}</TableCell>
                <TableCell>{formatWhen(user.lastLoginAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section title={`Payments · ${formatKes(detail.revenue.total)} in total`}>
        {detail.revenue.recent.length === 0 ? (
          <p className="text-sm text-muted-foreground">No payments yet.</p>
        ) : (
          <Table label="Payments">
            <TableHeader>
              <TableRow>
                <TableHead>Paid</TableHead>
                <TableHead>Type</TableHead>
                <TableHead>Method</TableHead>
                <TableHead>Reference</TableHead>
                <TableHead className="text-right">Amount</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {detail.revenue.recent.map((payment) => (
                <TableRow key={payment.id}>
                  <TableCell>{formatWhen(payment.paidAt)}</TableCell>
                  <TableCell className="capitalize">{payment.type}</TableCell>
                  <TableCell className="capitalize">
                    {payment.paymentMethod.replace("_", " ")}
                  </TableCell>
                  <TableCell>{payment.paymentReference ?? "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatKes(payment.amount)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section title="Notes">
        <NoteForm tenantId={tenant.id} />
        <ul className="flex flex-col gap-3">
          {detail.notes.map((note) => (
            <li key={note.id} className="rounded-lg border border-border bg-surface p-3 text-sm">
              <p className="whitespace-pre-line">{note.body}</p>
              <p className="mt-1 text-xs text-muted-foreground">
                {note.author.fullName} · {formatWhen(note.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Change {
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  fromPlan: string | null;
  toPlan: string | null;
  fromFee: { toString(): string } | null;
  toFee: { toString(): string } | null;
}

function describeChange(change: Change): string {
  const status = (value: string | null) => (value ? (STATUS_LABELS[value] ?? value) : "—");
  const plan = (value: string | null) => (value ? (PLAN_LABELS[value] ?? value) : "—");
  const fee = (value: { toString(): string } | null) => (value ? formatKes(value) : "—");
  switch (change.kind) {
    case "created":
      return `Started: ${status(change.toStatus)}, ${plan(change.toPlan)} at ${fee(change.toFee)}`;
    case "activated":
      return `Activated at ${fee(change.toFee)}`;
    case "status_changed":
      return `${status(change.fromStatus)} → ${status(change.toStatus)}`;
    default: {
      const parts = [];
      if (change.fromPlan !== change.toPlan)
        parts.push(`${plan(change.fromPlan)} → ${plan(change.toPlan)}`);
      if (change.fromFee?.toString() !== change.toFee?.toString()) {
        parts.push(`${fee(change.fromFee)} → ${fee(change.toFee)}`);
      }
      return parts.join(", ") || "Plan changed";
    }
  }
}
