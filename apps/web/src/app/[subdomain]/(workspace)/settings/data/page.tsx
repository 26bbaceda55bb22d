import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireWorkspaceSession } from "../../../../../server/shell-access";
import { ExportPanel } from "./export-panel";

export const metadata: Metadata = { title: "Your data" };

/**
 * "Export everything": the business's owner takes all of its data out as one archive. Owner
 * only (the API and PostgreSQL refuse everyone else, a platform owner logged in as the
 * business included): others get the 403 page.
 */
export default async function DataExportPage(props: PageProps<"/[subdomain]/settings/data">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  if (claims.role !== "owner" || claims.impersonatorId) forbidden();
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <p className="text-sm text-muted-foreground">
        Download everything your business keeps in Aizalo — customers, consents, leads,
        conversations and messages, campaigns, settings, team and activity log — as CSV and JSON
        files in one zip archive.
      </p>
      <ExportPanel />
    </div>
  );
}
