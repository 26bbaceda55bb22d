import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@aizalo/ui";
import { requireAdminSession } from "../../../server/shell-access";
import { TenantsList } from "./tenants-list";

export const metadata: Metadata = { title: "Tenants" };

/** Every business on Aizalo: filter, search, sort, and open one to manage it. */
export default async function AdminTenantsPage() {
  await requireAdminSession();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Tenants"
        description="Every business on Aizalo, with its plan, fee, people and latest activity."
      />
      {/* The list reads its filters from the URL, which needs a boundary while it loads. */}
      <Suspense>
        <TenantsList />
      </Suspense>
    </div>
  );
}
