"use client";

import type { Route } from "next";
import { useRouter } from "next/navigation";
import { Badge, DataTable, EmptyState, type DataTableColumn } from "@aizalo/ui";

/** One payment's commission, formatted on the server. */
export interface CommissionLine {
  id: string;
  paidOn: string;
  client: string;
  paidFor: string;
  payment: string;
  rate: string;
  commission: string;
  status: "pending" | "approved" | "paid";
}

const STATUS_TONES = { pending: "warning", approved: "primary", paid: "success" } as const;
const STATUS_WORDS = { pending: "Pending", approved: "Approved", paid: "Paid" } as const;

const COLUMNS: DataTableColumn<CommissionLine>[] = [
  { id: "paidOn", header: "Paid on", cell: (line) => line.paidOn },
  { id: "client", header: "Client", cell: (line) => line.client },
  { id: "paidFor", header: "For", cell: (line) => line.paidFor },
  { id: "payment", header: "Payment", align: "end", cell: (line) => line.payment },
  { id: "rate", header: "Rate", align: "end", cell: (line) => line.rate },
  {
    id: "commission",
    header: "Commission",
    align: "end",
    cell: (line) => <span className="font-medium">{line.commission}</span>,
  },
  {
    id: "status",
    header: "Status",
    cell: (line) => <Badge tone={STATUS_TONES[line.status]}>{STATUS_WORDS[line.status]}</Badge>,
  },
];

/** The month's commissions, newest payment first, 25 a page (the page number is in the URL). */
export function CommissionLines({
  label,
  month,
  lines,
  total,
  page,
  pageSize,
}: {
  label: string;
  month: string;
  lines: CommissionLine[];
  total: number;
  page: number;
  pageSize: number;
}) {
  const router = useRouter();
  return (
    <DataTable
      label={label}
      columns={COLUMNS}
      rows={lines}
      rowKey={(line) => line.id}
      total={total}
      page={page}
      pageSize={pageSize}
      sort={null}
      onSortChange={() => undefined}
      onPageChange={(next) =>
        router.push(`/sales/commissions?month=${month}&page=${next}` as Route)
      }
      empty={
        <EmptyState
          title="No payments this month"
          description="Commissions appear when your clients pay."
        />
      }
    />
  );
}
