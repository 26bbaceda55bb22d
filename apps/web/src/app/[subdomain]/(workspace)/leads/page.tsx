import type { Metadata } from "next";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { LeadsView } from "./leads-view";

export const metadata: Metadata = { title: "Leads" };

/** The sales pipeline: a board to move leads along and a list to sort and find them. */
export default async function LeadsPage(props: PageProps<"/[subdomain]/leads">) {
  const { subdomain } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  return <LeadsView subdomain={claims.subdomain} canWrite={claims.role !== "viewer"} />;
}
