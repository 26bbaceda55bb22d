import type { Metadata } from "next";
import { PageHeader } from "@aizalo/ui";
import { requireWorkspaceSession } from "../../../../../server/shell-access";
import { CampaignEditor } from "../_components/campaign-editor";
import { ReadOnlyNotice } from "../_components/read-only-notice";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage(props: PageProps<"/[subdomain]/campaigns/new">) {
  const { subdomain } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="New campaign"
        description="Write the messages, choose who gets them and when."
      />
      {claims.role === "viewer" ? (
        <ReadOnlyNotice subdomain={claims.subdomain} />
      ) : (
        <CampaignEditor subdomain={claims.subdomain} />
      )}
    </div>
  );
}
