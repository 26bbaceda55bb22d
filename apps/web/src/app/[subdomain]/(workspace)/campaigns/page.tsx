import type { Metadata } from "next";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { CampaignsView } from "./campaigns-view";

export const metadata: Metadata = { title: "Campaigns" };

/** The business's campaigns: drafts, what is scheduled, running, paused and done. */
export default async function CampaignsPage(props: PageProps<"/[subdomain]/campaigns">) {
  const { subdomain } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  return <CampaignsView subdomain={claims.subdomain} canWrite={claims.role !== "viewer"} />;
}
