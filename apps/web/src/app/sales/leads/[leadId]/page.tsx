import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { serverApi } from "../../../../trpc/server";
import { requireSalesSession } from "../../../../server/shell-access";
import { LeadDetailView } from "./lead-detail-view";

export const metadata: Metadata = { title: "Lead" };

/** One lead: its details, next step, demos. Another rep's lead is simply not found. */
export default async function LeadPage({ params }: PageProps<"/sales/leads/[leadId]">) {
  const claims = await requireSalesSession();
  const { leadId } = await params;
  const api = await serverApi();
  try {
    await api.sales.leads.get({ leadId });
  } catch (error) {
    // A malformed id and someone else's lead look the same: not found.
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST"].includes(error.code)) {
      notFound();
    }
    throw error;
  }
  return <LeadDetailView leadId={leadId} canChange={claims.role === "sales"} />;
}
