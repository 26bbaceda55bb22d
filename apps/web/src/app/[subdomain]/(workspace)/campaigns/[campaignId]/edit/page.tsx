import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireWorkspaceSession } from "../../../../../../server/shell-access";
import { ReadOnlyNotice } from "../../_components/read-only-notice";
import { EditCampaign } from "./edit-campaign";

export const metadata: Metadata = { title: "Edit campaign" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function EditCampaignPage(
  props: PageProps<"/[subdomain]/campaigns/[campaignId]/edit">,
) {
  const { subdomain, campaignId } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  if (!UUID.test(campaignId)) notFound();
  if (claims.role === "viewer") return <ReadOnlyNotice subdomain={claims.subdomain} />;
  return <EditCampaign subdomain={claims.subdomain} campaignId={campaignId} />;
}
