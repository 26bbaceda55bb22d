import type { Metadata } from "next";
import { requireWorkspaceSession } from "../../../../../server/shell-access";
import { ActivityView } from "../_components/activity-view";

export const metadata: Metadata = { title: "Activity" };

/** Settings → Activity: the business's audit log, for its owners and admins. */
export default async function ActivityPage(props: PageProps<"/[subdomain]/settings/activity">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  if (claims.role !== "owner" && claims.role !== "admin") {
    return (
      <p className="text-sm text-muted-foreground">
        The business&apos;s owners and admins can see its activity.
      </p>
    );
  }
  return <ActivityView />;
}
