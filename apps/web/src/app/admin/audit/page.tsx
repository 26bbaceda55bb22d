import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@aizalo/ui";
import { requireAdminSession } from "../../../server/shell-access";
import { AuditLog } from "./_parts/audit-log";

export const metadata: Metadata = { title: "Audit log" };

/** Every change made through the API: who, in which business, what, and when. */
export default async function AdminAuditPage() {
  await requireAdminSession();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Audit log"
        description="Every recorded change, newest first. Changes made through “login as tenant” name the platform owner and the business. Dates are Nairobi days."
      />
      {/* The filters read the address (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<p className="text-sm text-muted-foreground">Loading…</p>}>
        <AuditLog />
      </Suspense>
    </div>
  );
}
