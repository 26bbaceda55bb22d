import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import {
  Badge,
  EmptyState,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
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
      {clients.length === 0 ? (
        <EmptyState
          title="No clients yet"
          description="Businesses appear here once they are assigned to you."
        />
      ) : (
        <Table label="My clients">
          <TableHeader>
            <TableRow>
              <TableHead>Business</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Plan</TableHead>
              <TableHead className="text-right">Monthly fee</TableHead>
              <TableHead>Last activity</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {clients.map((client) => (
              <TableRow key={client.id}>
                <TableCell>
                  <Link
                    href={`/sales/clients/${client.id}` as Route}
                    className="font-medium hover:underline"
                  >
                    {client.businessName}
                  </Link>
                  <div className="text-xs text-muted-foreground">
                    {[INDUSTRY_LABELS[client.industry], client.city].filter(Boolean).join(" · ")}
                  </div>
                </TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-1">
                    <Badge tone={STATUS_TONES[client.subscriptionStatus]}>
                      {STATUS_LABELS[client.subscriptionStatus]}
                    </Badge>
                    {client.isDemo ? <Badge tone="warning">Demo</Badge> : null}
                  </span>
                </TableCell>
                <TableCell>{PLAN_LABELS[client.subscriptionPlan]}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatKes(client.monthlyFee)}
                </TableCell>
                <TableCell>{formatDate(client.lastActivityAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
