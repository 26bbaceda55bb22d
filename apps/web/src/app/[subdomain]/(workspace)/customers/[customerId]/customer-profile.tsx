"use client";

import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Button,
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
  EmptyState,
  PageHeader,
  Skeleton,
  toast,
} from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { CustomerFormDialog } from "../_components/customer-form-dialog";
import { ConsentPanel } from "./consent-panel";
import {
  CHANNEL_LABELS,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPhone,
  LANGUAGE_LABELS,
} from "../_components/format";

interface Props {
  subdomain: string;
  customerId: string;
  canWrite: boolean;
  canManagePrivacy: boolean;
}

export function CustomerProfile({ subdomain, customerId, canWrite, canManagePrivacy }: Props) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.tenant.customers.get.queryOptions({ id: customerId }));

  if (detail.error?.data?.code === "NOT_FOUND") {
    return (
      <EmptyState
        title="Customer not found"
        description="They may have been erased, or the link is wrong."
        action={
          <Link href={`/${subdomain}/customers` as Route} className="text-primary underline">
            Back to customers
          </Link>
        }
      />
    );
  }
  if (detail.isError) {
    return <p role="alert">This customer could not be loaded. Reload the page to try again.</p>;
  }
  if (!detail.data) return <Skeleton className="h-96 w-full" />;

  const { customer, consents, conversations, leads, campaigns, currency } = detail.data;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={
          <Link href={`/${subdomain}/customers` as Route} className="hover:underline">
            Customers
          </Link>
        }
        title={customer.name}
        description={formatPhone(customer.phone)}
        actions={
          <div className="flex flex-wrap gap-2">
            {canWrite ? (
              <CustomerFormDialog
                subdomain={subdomain}
                customer={customer}
                trigger={<Button variant="secondary">Edit</Button>}
              />
            ) : null}
            {canManagePrivacy ? (
              <PrivacyActions subdomain={subdomain} id={customer.id} name={customer.name} />
            ) : null}
          </div>
        }
      />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Fact label="Phone">
                {formatPhone(customer.phone)}{" "}
                {customer.phoneVerified ? <Badge tone="success">Verified</Badge> : null}
              </Fact>
              <Fact label="Email">{customer.email ?? "—"}</Fact>
              <Fact label="Language">{LANGUAGE_LABELS[customer.language]}</Fact>
              <Fact label="Location">{customer.location ?? "—"}</Fact>
              <Fact label="Found you through">{customer.acquisitionChannel ?? "—"}</Fact>
              <Fact label="Customer since">{formatDate(customer.createdAt)}</Fact>
              <Fact label="Last active">{formatDate(customer.lastActiveAt)}</Fact>
              <Fact label="Tags">
                {customer.tags.length === 0 ? (
                  "—"
                ) : (
                  <span className="flex flex-wrap gap-1">
                    {customer.tags.map((tag) => (
                      <Badge key={tag}>{tag}</Badge>
                    ))}
                  </span>
                )}
              </Fact>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Lifetime value</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="text-3xl font-semibold">
              {formatMoney(customer.lifetimeValue, currency)}
            </p>
            <p className="mt-1 text-sm text-muted-foreground">
              Everything they have bought from you.
            </p>
          </CardContent>
        </Card>
      </div>

      <ConsentPanel
        customerId={customer.id}
        consents={consents}
        canWrite={canWrite}
        hasEmail={customer.email !== null}
      />

      <Card>
        <CardHeader>
          <CardTitle>Conversations</CardTitle>
        </CardHeader>
        <CardContent>
          {conversations.length === 0 ? (
            <p className="text-sm text-muted-foreground">No conversations yet.</p>
          ) : (
            <ol className="flex flex-col divide-y divide-border">
              {conversations.map((conversation) => (
                <li
                  key={conversation.id}
                  className="flex flex-wrap items-center justify-between gap-2 py-3"
                >
                  <Link
                    href={`/${subdomain}/conversations/${conversation.id}` as Route}
                    className="font-medium underline-offset-4 hover:underline"
                  >
                    {CHANNEL_LABELS[conversation.channel] ?? conversation.channel} ·{" "}
                    {conversation.messageCount}{" "}
                    {conversation.messageCount === 1 ? "message" : "messages"}
                  </Link>
                  <span className="flex items-center gap-2 text-sm text-muted-foreground">
                    <Badge
                      tone={
                        conversation.status === "resolved"
                          ? "success"
                          : conversation.status === "abandoned"
                            ? "neutral"
                            : "primary"
                      }
                    >
                      {conversation.status}
                    </Badge>
                    {conversation.converted ? (
                      <Badge tone="success">
                        Bought {formatMoney(conversation.conversionValue, currency)}
                      </Badge>
                    ) : null}
                    {formatDateTime(conversation.lastMessageAt ?? conversation.createdAt)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Leads</CardTitle>
          </CardHeader>
          <CardContent>
            {leads.length === 0 ? (
              <p className="text-sm text-muted-foreground">No leads.</p>
            ) : (
              <ul className="flex flex-col divide-y divide-border">
                {leads.map((lead) => (
                  <li
                    key={lead.id}
                    className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm"
                  >
                    <span className="font-medium">
                      {formatMoney(lead.value, currency)} · score {lead.score}
                    </span>
                    <span className="flex items-center gap-2 text-muted-foreground">
                      <Badge
                        tone={
                          lead.stage === "won"
                            ? "success"
                            : lead.stage === "lost"
                              ? "danger"
                              : "primary"
                        }
                      >
                        {lead.stage}
                      </Badge>
                      {formatDate(lead.createdAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <Link
              href={`/${subdomain}/leads` as Route}
              className="mt-2 inline-block text-sm font-medium text-primary hover:underline"
            >
              Open the pipeline
            </Link>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Campaigns</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3">
            {campaigns.length === 0 ? (
              <p className="text-sm text-muted-foreground">No campaign on record for them.</p>
            ) : (
              <ul className="flex flex-col divide-y divide-border">
                {campaigns.map((campaign) => (
                  <li
                    key={campaign.id}
                    className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm"
                  >
                    <span className="font-medium">{campaign.name}</span>
                    <span className="text-muted-foreground">{campaign.how}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="text-xs text-muted-foreground">
              Shows the campaign that brought them in and those their leads came from. Individual
              sends are listed once campaigns start sending.
            </p>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="flex items-center gap-2">{children}</dd>
    </div>
  );
}

/** The owner's and admins' data-protection tools: a customer's data as JSON, and erasure. */
function PrivacyActions({ subdomain, id, name }: { subdomain: string; id: string; name: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [downloading, setDownloading] = useState(false);
  const erase = useMutation(trpc.tenant.customers.erase.mutationOptions());

  async function download() {
    setDownloading(true);
    try {
      const data = await queryClient.fetchQuery(
        trpc.tenant.customers.exportData.queryOptions({ id }),
      );
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = `customer-${id}.json`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      toast.error("The export failed. Try again.");
    } finally {
      setDownloading(false);
    }
  }

  async function confirmErase() {
    try {
      await erase.mutateAsync({ id });
      await queryClient.invalidateQueries({ queryKey: trpc.tenant.customers.pathKey() });
      toast.success("Customer erased");
      router.push(`/${subdomain}/customers` as Route);
    } catch {
      toast.error("The customer could not be erased.");
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={download} disabled={downloading}>
        {downloading ? "Preparing…" : "Export their data"}
      </Button>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="danger">Erase</Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Erase {name}?</DialogTitle>
            <DialogDescription>
              Their name, phone, email, location, tags and the text of every message with them are
              removed for good. Totals (sales, conversation counts) stay. This cannot be undone.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button variant="danger" onClick={confirmErase} disabled={erase.isPending}>
              {erase.isPending ? "Erasing…" : "Erase customer"}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </>
  );
}
