import type { Metadata } from "next";
import {
  KpiCard,
  PageHeader,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@aizalo/ui";
import { LoginAsEndedNotice } from "../../auth/login-as-ended-notice";
import { requireAdminSession } from "../../server/shell-access";
import { tenantCountsByStatus } from "../../server/shell-figures";

export const metadata: Metadata = { title: "Overview" };

const STATUS_LABELS: Record<string, string> = {
  trial: "On trial",
  active: "Active",
  past_due: "Payment overdue",
  canceled: "Cancelled",
  suspended: "Suspended",
};

/** The platform at a glance: how many businesses there are, and where each stands. */
export default async function AdminOverviewPage({ searchParams }: PageProps<"/admin">) {
  const claims = await requireAdminSession();
  const byStatus = await tenantCountsByStatus(claims);
  const total = byStatus.reduce((sum, group) => sum + group.count, 0);
  const count = (status: string) => byStatus.find((group) => group.status === status)?.count ?? 0;

  return (
    <div className="flex flex-col gap-6">
      <LoginAsEndedNotice claims={claims} subdomain={(await searchParams).loginAsEnded} />
      <PageHeader
        title="Overview"
        description="Every business on Aizalo, by subscription status."
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <KpiCard label="Businesses" value={total} />
        <KpiCard label="Paying (active)" value={count("active")} />
        <KpiCard label="On trial" value={count("trial")} />
      </div>
      <Table label="Businesses by subscription status">
        <TableHeader>
          <TableRow>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Businesses</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {byStatus.map((group) => (
            <TableRow key={group.status}>
              <TableCell>{STATUS_LABELS[group.status] ?? group.status}</TableCell>
              <TableCell className="text-right tabular-nums">{group.count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
