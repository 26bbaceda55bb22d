import type { Metadata } from "next";
import { KpiCard, PageHeader } from "@aizalo/ui";
import { requireSalesSession } from "../../server/shell-access";
import { salesFigures } from "../../server/shell-figures";

export const metadata: Metadata = { title: "Dashboard" };

/** A sales rep's (or support's) own book: the businesses they look after and leads in play. */
export default async function SalesDashboardPage() {
  const claims = await requireSalesSession();
  const figures = await salesFigures(claims);
  const looksIn = claims.role === "owner" || claims.role === "admin";

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Dashboard"
        description={
          looksIn
            ? "You are looking in as platform staff: these are the clients and leads assigned to you."
            : "The businesses you look after and the leads you are working."
        }
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <KpiCard
          label="Your clients"
          value={figures.myClients}
          hint={
            claims.role === "support"
              ? "Businesses you support"
              : "Businesses you are the sales rep for"
          }
        />
        <KpiCard label="Your open leads" value={figures.myOpenLeads} hint="Neither won nor lost" />
      </div>
    </div>
  );
}
