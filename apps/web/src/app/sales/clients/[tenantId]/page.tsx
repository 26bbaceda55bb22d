import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, CardContent, CardHeader, CardTitle, PageHeader } from "@aizalo/ui";
import type { ReactNode } from "react";
import { requireSalesSession } from "../../../../server/shell-access";
import { serverApi } from "../../../../trpc/server";
import {
  formatDate,
  formatDateTime,
  formatKes,
  INDUSTRY_LABELS,
  PLAN_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
} from "../../_components/formatting";
import { ClientNoteForm } from "./client-note-form";

export const metadata: Metadata = { title: "Client" };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="font-medium">{children || "—"}</dd>
    </div>
  );
}

const CHANGE_WORDS: Record<string, string> = {
  created: "Account created",
  activated: "Subscription activated",
  plan_changed: "Plan changed",
  fee_changed: "Fee changed",
  status_changed: "Status changed",
};

async function loadClient(tenantId: string) {
  try {
    return await (await serverApi()).sales.clients.get({ tenantId });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST"].includes(error.code)) {
      notFound();
    }
    throw error;
  }
}

/** One client: its subscription and history, and the notes the team keeps on it. */
export default async function ClientPage({ params }: PageProps<"/sales/clients/[tenantId]">) {
  const claims = await requireSalesSession();
  const { tenantId } = await params;
  const client = await loadClient(tenantId);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={<Link href="/sales/clients">My clients</Link>}
        title={client.businessName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONES[client.subscriptionStatus]}>
              {STATUS_LABELS[client.subscriptionStatus]}
            </Badge>
            {client.isDemo ? <Badge tone="warning">Demo account</Badge> : null}
          </span>
        }
      />
      <Card>
        <CardContent>
          <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Fact label="Plan">{PLAN_LABELS[client.subscriptionPlan]}</Fact>
            <Fact label="Monthly fee">{formatKes(client.monthlyFee)}</Fact>
            <Fact label="Last activity">{formatDate(client.lastActivityAt)}</Fact>
            <Fact label="Industry">{INDUSTRY_LABELS[client.industry]}</Fact>
            <Fact label="Town">{client.city}</Fact>
            <Fact label="Subdomain">{client.subdomain}</Fact>
            {client.trialEndsAt ? (
              <Fact label="Trial ends">{formatDate(client.trialEndsAt)}</Fact>
            ) : null}
            {client.nextBillingDate ? (
              <Fact label="Next billing">{formatDate(client.nextBillingDate)}</Fact>
            ) : null}
            <Fact label="Client since">{formatDate(client.createdAt)}</Fact>
          </dl>
        </CardContent>
      </Card>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Notes</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {claims.role === "sales" ? <ClientNoteForm tenantId={client.id} /> : null}
            {client.notes.length === 0 ? (
              <p className="text-muted-foreground">No notes yet.</p>
            ) : (
              <ol className="flex flex-col divide-y divide-border" aria-label="Notes">
                {client.notes.map((note) => (
                  <li key={note.id} className="flex flex-col gap-1 py-3">
                    <p className="whitespace-pre-line">{note.body}</p>
                    <p className="text-xs text-muted-foreground">
                      {note.author} ·{" "}
                      <time dateTime={note.createdAt.toISOString()}>
                        {formatDateTime(note.createdAt)}
                      </time>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Subscription history</CardTitle>
          </CardHeader>
          <CardContent>
            {client.subscriptionHistory.length === 0 ? (
              <p className="text-muted-foreground">No changes recorded.</p>
            ) : (
              <ol className="flex flex-col divide-y divide-border">
                {client.subscriptionHistory.map((change) => (
                  <li key={change.id} className="flex flex-col gap-0.5 py-2 text-sm">
                    <p className="font-medium">{CHANGE_WORDS[change.kind] ?? change.kind}</p>
                    <p className="text-muted-foreground">
                      {[
                        change.toStatus && STATUS_LABELS[change.toStatus],
                        change.toPlan && PLAN_LABELS[change.toPlan],
                        change.toFee && formatKes(change.toFee),
                      ]
                        .filter(Boolean)
                        .join(" · ")}{" "}
                      — {formatDate(change.effectiveAt)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
