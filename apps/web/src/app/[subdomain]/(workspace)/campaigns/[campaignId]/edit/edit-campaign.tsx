"use client";

import type { Route } from "next";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { EmptyState, PageHeader, Skeleton } from "@aizalo/ui";
import { useTRPC } from "../../../../../../trpc/client";
import { CampaignEditor } from "../../_components/campaign-editor";

export function EditCampaign({ subdomain, campaignId }: { subdomain: string; campaignId: string }) {
  const trpc = useTRPC();
  const campaign = useQuery(trpc.tenant.campaigns.get.queryOptions({ id: campaignId }));
  if (campaign.isError) {
    return <EmptyState title="Campaign not found" description="It may have been deleted." />;
  }
  if (!campaign.data) return <Skeleton className="h-96 w-full" />;
  const back = (
    <Link
      href={`/${subdomain}/campaigns/${campaignId}` as Route}
      className="text-primary underline"
    >
      Back to the campaign
    </Link>
  );
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${campaign.data.name}`} />
      {campaign.data.editable ? (
        <CampaignEditor subdomain={subdomain} campaign={campaign.data} />
      ) : (
        <EmptyState
          title="This campaign can no longer be edited"
          description={
            <>
              {campaign.data.status === "active"
                ? "Pause it first to change it."
                : "A completed campaign stays as it ran."}{" "}
              {back}
            </>
          }
        />
      )}
    </div>
  );
}
