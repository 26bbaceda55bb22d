import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@aizalo/ui";
import { requireAdminSession } from "../../../server/shell-access";
import { AlertRules } from "./_parts/alert-rules";
import { EndpointUsage } from "./_parts/endpoint-usage";
import { SystemLogs } from "./_parts/system-logs";

export const metadata: Metadata = { title: "System" };

/** How the platform is running: alert rules, API usage per endpoint, and the system logs. */
export default async function AdminSystemPage() {
  await requireAdminSession();
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="System"
        description="Alert rules, API calls per endpoint and the system logs. Times in Nairobi."
      />
      <AlertRules />
      {/* The filters read the address (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<p className="text-sm text-muted-foreground">Loading…</p>}>
        <EndpointUsage />
        <SystemLogs />
      </Suspense>
    </div>
  );
}
