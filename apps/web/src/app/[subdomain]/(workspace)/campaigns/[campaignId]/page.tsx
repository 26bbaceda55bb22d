import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireWorkspaceSession } from "../../../../../server/shell-access";
import { CampaignDetail } from "./campaign-detail";

export const metadata: Metadata = { title: "Campaign" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One campaign: what it says, who it reaches, when it runs, and what can happen next. */
export default async function CampaignPage(
  props: PageProps<"/[subdomain]/campaigns/[campaignId]">,
) {
  const { subdomain, campaignId } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  if (!UUID.test(campaignId)) notFound();
  return (
    <CampaignDetail
      subdomain={claims.subdomain}
      campaignId={campaignId}
      canWrite={claims.role !== "viewer"}
    />
  );
}
