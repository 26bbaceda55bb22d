import type { Metadata } from "next";
import { PageHeader } from "@aizalo/ui";
import { requireSalesSession } from "../../../server/shell-access";
import { serverApi } from "../../../trpc/server";
import {
  formatDate,
  formatKes,
  INDUSTRY_LABELS,
  PLAN_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
} from "../_components/formatting";
import { ClientsTable } from "./clients-table";

export const metadata: Metadata = { title: "My clients" };

/** The businesses I look after: as their sales rep, or (support) as their support contact. */
export default async function ClientsPage() {
  const claims = await requireSalesSession();
  const clients = await (await serverApi()).sales.clients.list();

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="My clients"
        description={
          claims.role === "support"
            ? "The businesses you support."
            : "The businesses you are the sales rep for."
        }
      />
      <ClientsTable
        clients={clients.map((client) => ({
          id: client.id,
          businessName: client.businessName,
          about: [INDUSTRY_LABELS[client.industry], client.city].filter(Boolean).join(" · "),
          statusLabel: STATUS_LABELS[client.subscriptionStatus] ?? client.subscriptionStatus,
          statusTone: STATUS_TONES[client.subscriptionStatus],
          isDemo: client.isDemo,
          plan: PLAN_LABELS[client.subscriptionPlan] ?? client.subscriptionPlan,
          fee: formatKes(client.monthlyFee),
          feeCents: Number(client.monthlyFee.times(100).toFixed(0)),
          lastActivity: formatDate(client.lastActivityAt),
          lastActivityAt: client.lastActivityAt.toISOString(),
        }))}
      />
    </div>
  );
}
