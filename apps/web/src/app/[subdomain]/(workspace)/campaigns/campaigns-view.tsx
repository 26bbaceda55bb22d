"use client";

import { useState } from "react";
import type { Route } from "next";
import Link from "next/link";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  CAMPAIGN_CHANNEL_LABELS,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_TYPE_LABELS,
  type CampaignStatus,
} from "@aizalo/api/campaigns";
import {
  buttonVariants,
  EmptyState,
  Input,
  Label,
  PageHeader,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  PageNav,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { formatDate, formatMoney } from "../customers/_components/format";
import { CampaignStatusBadge } from "./_components/campaign-status-badge";

export function CampaignsView({ subdomain, canWrite }: { subdomain: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<CampaignStatus | "">("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const list = useQuery({
    ...trpc.tenant.campaigns.list.queryOptions({
      ...(status && { status }),
      ...(search.trim() && { search: search.trim() }),
      page,
      pageSize: 20,
    }),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  const all = data?.counts.reduce((sum, entry) => sum + entry.count, 0);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Campaigns"
        description="Messages to your customers on WhatsApp, SMS and email, sent only to those who agreed."
        actions={
          canWrite ? (
            <Link href={`/${subdomain}/campaigns/new` as Route} className={buttonVariants()}>
              New campaign
            </Link>
          ) : null
        }
      />
      <div className="flex flex-wrap items-end gap-3">
        <div role="group" aria-label="Status" className="flex flex-wrap gap-1">
          {(["", ...(data?.counts.map((entry) => entry.status) ?? [])] as const).map((option) => {
            const count =
              option === "" ? all : data?.counts.find((entry) => entry.status === option)?.count;
            return (
              <button
                key={option || "all"}
                type="button"
                aria-pressed={status === option}
                onClick={() => {
                  setStatus(option);
                  setPage(1);
                }}
                className={
                  status === option
                    ? "rounded-md bg-primary px-3 py-1.5 text-sm font-medium text-primary-foreground"
                    : "rounded-md border border-border px-3 py-1.5 text-sm font-medium text-muted-foreground hover:text-foreground"
                }
              >
                {option === "" ? "All" : CAMPAIGN_STATUS_LABELS[option]}
                {count === undefined ? null : ` (${count})`}
              </button>
            );
          })}
        </div>
        <div className="flex w-full flex-col gap-1.5 sm:w-64">
          <Label htmlFor="campaign-search">Find by name</Label>
          <Input
            id="campaign-search"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
          />
        </div>
      </div>
      {list.isError ? (
        <p role="alert">The campaigns could not be loaded. Reload to try again.</p>
      ) : !data ? (
        <Skeleton className="h-64 w-full" />
      ) : data.total === 0 ? (
        <EmptyState
          title="No campaigns here"
          description={
            canWrite ? "Change the filters, or start a new campaign." : "Change the filters."
          }
        />
      ) : (
        <>
          <Table label="Campaigns">
            <TableHeader>
              <TableRow>
                <TableHead>Campaign</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Channels</TableHead>
                <TableHead>Runs</TableHead>
                <TableHead>Spend</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.rows.map((campaign) => (
                <TableRow key={campaign.id}>
                  <TableCell>
                    <Link
                      href={`/${subdomain}/campaigns/${campaign.id}` as Route}
                      className="font-medium text-primary hover:underline"
                    >
                      {campaign.name}
                    </Link>
                    <span className="block text-xs text-muted-foreground">
                      {CAMPAIGN_TYPE_LABELS[campaign.type]}
                    </span>
                  </TableCell>
                  <TableCell>
                    <CampaignStatusBadge status={campaign.status} />
                  </TableCell>
                  <TableCell>
                    {campaign.channels
                      .map((channel) => CAMPAIGN_CHANNEL_LABELS[channel])
                      .join(", ") || "—"}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {campaign.startsAt
                      ? `${formatDate(campaign.startsAt)} – ${formatDate(campaign.endsAt)}`
                      : "Not scheduled"}
                  </TableCell>
                  <TableCell>{formatMoney(campaign.spend, data.currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <PageNav
            page={data.page}
            pageCount={data.pageCount}
            total={data.total}
            noun="campaigns"
            onPage={setPage}
          />
        </>
      )}
    </div>
  );
}
