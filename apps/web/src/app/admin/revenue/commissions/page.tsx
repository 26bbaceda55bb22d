import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@aizalo/ui";
import { requireAdminSession } from "../../../../server/shell-access";
import { RevenueTabs } from "../revenue-tabs";
import { CommissionsBoard } from "./commissions-board";

export const metadata: Metadata = { title: "Commissions" };

/** What sales reps earned: filter, approve and mark paid (the owner), export. */
export default async function AdminCommissionsPage() {
  const claims = await requireAdminSession();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Revenue"
        description="Commissions earned by sales reps on the payments of their businesses."
      />
      <RevenueTabs current="/admin/revenue/commissions" />
      {/* The board reads its filters from the URL, which needs a boundary while it loads. */}
      <Suspense>
        {/* Payouts are the owner's alone (DESIGN.md); the API refuses admins too. */}
        <CommissionsBoard canPay={claims.role === "owner"} />
      </Suspense>
    </div>
  );
}
