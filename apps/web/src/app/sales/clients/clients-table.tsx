"use client";

import type { Route } from "next";
import Link from "next/link";
import { Badge, DataTable, EmptyState, type DataTableColumn, type DataTableSort } from "@aizalo/ui";
import { useMemo, useState } from "react";

/** A client as the list shows it: formatted on the server, with raw keys to sort by. */
export interface ClientRow {
  id: string;
  businessName: string;
  about: string;
  statusLabel: string;
  statusTone: "neutral" | "primary" | "success" | "warning" | "danger";
  isDemo: boolean;
  plan: string;
  fee: string;
  /** Whole cents: sorts exactly. */
  feeCents: number;
  lastActivity: string;
  lastActivityAt: string;
}

const COLUMNS: DataTableColumn<ClientRow>[] = [
  {
    id: "name",
    header: "Business",
    sortable: true,
    cell: (client) => (
      <div>
        <Link href={`/sales/clients/${client.id}` as Route} className="font-medium hover:underline">
          {client.businessName}
        </Link>
        <div className="text-xs text-muted-foreground">{client.about}</div>
      </div>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: (client) => (
      <span className="flex flex-wrap gap-1">
        <Badge tone={client.statusTone}>{client.statusLabel}</Badge>
        {client.isDemo ? <Badge tone="warning">Demo</Badge> : null}
      </span>
    ),
  },
  { id: "plan", header: "Plan", cell: (client) => client.plan },
  {
    id: "fee",
    header: "Monthly fee",
    align: "end",
    sortable: true,
    descFirst: true,
    cell: (client) => <span className="tabular-nums">{client.fee}</span>,
  },
  {
    id: "activity",
    header: "Last activity",
    sortable: true,
    descFirst: true,
    cell: (client) => client.lastActivity,
  },
];

const COMPARE: Record<string, (a: ClientRow, b: ClientRow) => number> = {
  name: (a, b) => a.businessName.localeCompare(b.businessName),
  fee: (a, b) => a.feeCents - b.feeCents,
  activity: (a, b) => a.lastActivityAt.localeCompare(b.lastActivityAt),
};

/** A rep's clients are tens, not thousands: all on one page, sorted here. */
export function ClientsTable({ clients }: { clients: ClientRow[] }) {
  const [sort, setSort] = useState<DataTableSort | null>(null);
  const rows = useMemo(() => {
    const compare = sort ? COMPARE[sort.id] : undefined;
    if (!sort || !compare) return clients;
    return [...clients].sort((a, b) => (sort.desc ? -compare(a, b) : compare(a, b)));
  }, [clients, sort]);

  return (
    <DataTable
      label="My clients"
      columns={COLUMNS}
      rows={rows}
      rowKey={(client) => client.id}
      total={rows.length}
      page={1}
      pageSize={Math.max(rows.length, 1)}
      sort={sort}
      onSortChange={setSort}
      onPageChange={() => undefined}
      empty={
        <EmptyState
          title="No clients yet"
          description="Businesses appear here once they are assigned to you."
        />
      }
    />
  );
}
