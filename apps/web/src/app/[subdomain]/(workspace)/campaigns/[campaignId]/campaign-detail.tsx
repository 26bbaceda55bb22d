"use client";

import type { Route } from "next";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { CAMPAIGN_CHANNEL_LABELS, CAMPAIGN_TYPE_LABELS, smsLength } from "@aizalo/api/campaigns";
import {
  Card,
  CardContent,
  CardHeader,
  CardTitle,
  EmptyState,
  PageHeader,
  Skeleton,
} from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { formatDateTime, formatMoney, LANGUAGE_LABELS } from "../../customers/_components/format";
import { AudienceCount } from "../_components/audience-builder";
import { CampaignStatusBadge } from "../_components/campaign-status-badge";
import { editorStateOf, LAST_ACTIVE_LABELS } from "../_components/editor-state";
import { StatusActions } from "./status-actions";

export function CampaignDetail({
  subdomain,
  campaignId,
  canWrite,
}: {
  subdomain: string;
  campaignId: string;
  canWrite: boolean;
}) {
  const trpc = useTRPC();
  const query = useQuery(trpc.tenant.campaigns.get.queryOptions({ id: campaignId }));
  if (query.isError) {
    return (
      <EmptyState
        title="Campaign not found"
        description={
          <Link href={`/${subdomain}/campaigns` as Route} className="text-primary underline">
            Back to campaigns
          </Link>
        }
      />
    );
  }
  const campaign = query.data;
  if (!campaign) return <Skeleton className="h-96 w-full" />;
  const audience = campaign.audience;
  const filters = [
    audience.tags?.length ? `Tags: ${audience.tags.join(", ")}` : null,
    audience.language ? `Language: ${LANGUAGE_LABELS[audience.language]}` : null,
    audience.location ? `Location: ${audience.location}` : null,
    audience.lastActive ? `Last active: ${LAST_ACTIVE_LABELS[audience.lastActive]}` : null,
    audience.acquisitionChannel ? `Came through: ${audience.acquisitionChannel}` : null,
    audience.minLifetimeValue ? `Spent at least KES ${audience.minLifetimeValue}` : null,
    audience.maxLifetimeValue ? `Spent at most KES ${audience.maxLifetimeValue}` : null,
  ].filter((line): line is string => line !== null);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={
          <Link href={`/${subdomain}/campaigns` as Route} className="hover:underline">
            Campaigns
          </Link>
        }
        title={
          <span className="inline-flex flex-wrap items-center gap-2 break-words">
            {campaign.name} <CampaignStatusBadge status={campaign.status} />
          </span>
        }
        description={CAMPAIGN_TYPE_LABELS[campaign.type]}
        actions={canWrite ? <StatusActions subdomain={subdomain} campaign={campaign} /> : null}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Plan</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">Starts</dt>
              <dd>{campaign.startsAt ? formatDateTime(campaign.startsAt) : "Not set"}</dd>
              <dt className="text-muted-foreground">Ends</dt>
              <dd>{campaign.endsAt ? formatDateTime(campaign.endsAt) : "Not set"}</dd>
              <dt className="text-muted-foreground">Budget</dt>
              <dd>{formatMoney(campaign.budget, campaign.currency)}</dd>
              <dt className="text-muted-foreground">Spend</dt>
              <dd>
                {formatMoney(campaign.spend, campaign.currency)}
                <span className="block text-xs text-muted-foreground">
                  The budget, until the channels report what sending cost.
                </span>
              </dd>
              <dt className="text-muted-foreground">Created by</dt>
              <dd>{campaign.createdByName ?? "—"}</dd>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Audience</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-3 text-sm">
            {filters.length > 0 ? (
              <ul className="list-disc pl-5">
                {filters.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : (
              <p>All customers.</p>
            )}
            <AudienceCount
              audience={editorStateOf(campaign).audience}
              channels={campaign.channels}
            />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Messages</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4 text-sm">
          {campaign.channels.length === 0 ? <p>No channel chosen yet.</p> : null}
          {campaign.channels.map((channel) => (
            <section key={channel} className="flex flex-col gap-1">
              <h3 className="font-medium">{CAMPAIGN_CHANNEL_LABELS[channel]}</h3>
              {channel === "email" && campaign.content.emailSubject ? (
                <p className="text-muted-foreground">Subject: {campaign.content.emailSubject}</p>
              ) : null}
              <p className="break-words whitespace-pre-wrap">
                {campaign.content[channel] || "No message yet."}
              </p>
              {channel === "sms" && campaign.content.sms ? (
                <p className="text-xs text-muted-foreground">
                  {smsLength(campaign.content.sms).segments} SMS per customer
                </p>
              ) : null}
            </section>
          ))}
          {campaign.otherChannels.length > 0 ? (
            <p className="text-muted-foreground">
              Also planned for {campaign.otherChannels.join(", ")} (not sent from here).
            </p>
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
