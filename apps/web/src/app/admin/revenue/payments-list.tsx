"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Badge, DataTable, EmptyState, formatKes, type DataTableColumn } from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import { formatWhen } from "../tenants/tenant-labels";
import { RefundDialog } from "./refund-dialog";
import {
  COMMISSION_STATUS_LABELS,
  COMMISSION_STATUS_TONES,
  PAYMENT_METHOD_LABELS,
  REVENUE_TYPE_LABELS,
} from "./money-labels";

const PAGE_SIZE = 20;
type Money = { toFixed(digits: number): string };

interface Row {
  id: string;
  amount: Money;
  type: keyof typeof REVENUE_TYPE_LABELS;
  paymentMethod: keyof typeof PAYMENT_METHOD_LABELS;
  paymentReference: string | null;
  refundOfId: string | null;
  paidAt: Date;
  tenant: { businessName: string; subdomain: string };
  salesRep: { fullName: string } | null;
  commission: { amount: Money; status: keyof typeof COMMISSION_STATUS_LABELS } | null;
}

const money = (amount: Money) => formatKes(amount.toFixed(2), { cents: "always" });

const columns: DataTableColumn<Row>[] = [
  { id: "paidAt", header: "Paid", cell: (row) => formatWhen(row.paidAt) },
  {
    id: "business",
    header: "Business",
    cell: (row) => (
      <span className="flex flex-col items-end sm:items-start">
        <span className="font-medium">{row.tenant.businessName}</span>
        <span className="text-xs text-muted-foreground">{row.tenant.subdomain}</span>
      </span>
    ),
  },
  {
    id: "type",
    header: "For",
    cell: (row) => (
      <span className="flex gap-1">
        {REVENUE_TYPE_LABELS[row.type]}
        {row.refundOfId ? <Badge tone="danger">Refund</Badge> : null}
      </span>
    ),
  },
  {
    id: "method",
    header: "Method",
    cell: (row) =>
      `${PAYMENT_METHOD_LABELS[row.paymentMethod]}${row.paymentReference ? ` · ${row.paymentReference}` : ""}`,
  },
  {
    id: "amount",
    header: "Amount",
    align: "end",
    cell: (row) => <span className="tabular-nums">{money(row.amount)}</span>,
  },
  { id: "rep", header: "Sales rep", cell: (row) => row.salesRep?.fullName ?? "—" },
  {
    id: "commission",
    header: "Commission",
    align: "end",
    cell: (row) =>
      row.commission ? (
        <span className="flex items-center justify-end gap-2 tabular-nums">
          {money(row.commission.amount)}
          <Badge tone={COMMISSION_STATUS_TONES[row.commission.status]}>
            {COMMISSION_STATUS_LABELS[row.commission.status]}
          </Badge>
        </span>
      ) : (
        "—"
      ),
  },
  {
    id: "actions",
    header: "Actions",
    cell: (row) =>
      row.refundOfId ? null : (
        <RefundDialog
          payment={{ id: row.id, businessName: row.tenant.businessName, amount: row.amount }}
        />
      ),
  },
];

/** Payments and refunds of the chosen months, newest first. */
export function PaymentsList({ from, to }: { from: string; to: string }) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const list = useQuery(
    trpc.admin.revenue.list.queryOptions(
      {
        period: { kind: "custom", from: `${from}-01`, to: lastDayOf(to) },
        page,
        pageSize: PAGE_SIZE,
      },
      { placeholderData: keepPreviousData },
    ),
  );
  return (
    <DataTable
      label="Payments and refunds"
      columns={columns}
      rows={(list.data?.rows ?? []) as Row[]}
      rowKey={(row) => row.id}
      total={list.data?.total ?? 0}
      page={page}
      pageSize={PAGE_SIZE}
      sort={null}
      onSortChange={() => undefined}
      onPageChange={setPage}
      loading={list.isLoading}
      refreshing={list.isFetching && !list.isLoading}
      empty={<EmptyState title="No payments" description="Nothing was received in these months." />}
    />
  );
}

/** "2026-02" → "2026-02-28": the custom period's last day, included. */
function lastDayOf(month: string): string {
  const [year = 0, number = 1] = month.split("-").map(Number);
  const day = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}
