import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PageHeader } from "@aizalo/ui";
import { requireSalesSession } from "../../../../server/shell-access";
import { NewLeadForm } from "./new-lead-form";

export const metadata: Metadata = { title: "New lead" };

export default async function NewLeadPage() {
  const claims = await requireSalesSession();
  // Support and staff looking in read the pipeline; only sales reps add to it.
  if (claims.role !== "sales") forbidden();
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title="New lead" description="A business you are talking to. It is yours." />
      <NewLeadForm />
    </div>
  );
}
