"use client";

import type { Route } from "next";
import Link from "next/link";
import { useEffect, useState } from "react";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Badge,
  Button,
  DataTable,
  EmptyState,
  Input,
  Label,
  PageHeader,
  Select,
  toast,
  type DataTableColumn,
  type DataTableSort,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { CustomerFormDialog } from "./_components/customer-form-dialog";
import {
  formatDate,
  formatMoney,
  formatPhone,
  LANGUAGE_LABELS,
  type LanguageCode,
} from "./_components/format";
import { ImportDialog } from "./_components/import-dialog";

type Sort = "name" | "createdAt" | "lastActiveAt" | "lifetimeValue";
type LastActive = "7d" | "30d" | "90d" | "inactive90d" | "never";

const LAST_ACTIVE_LABELS: Record<LastActive, string> = {
  "7d": "In the last 7 days",
  "30d": "In the last 30 days",
  "90d": "In the last 90 days",
  inactive90d: "Not for 90 days or more",
  never: "Never",
};

interface Filter {
  search?: string;
  tags?: string[];
  language?: LanguageCode;
  acquisitionChannel?: string;
  lastActive?: LastActive;
}

export function CustomersView({ subdomain, canWrite }: { subdomain: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [searchText, setSearchText] = useState("");
  const [filter, setFilter] = useState<Filter>({});
  const [sort, setSort] = useState<DataTableSort | null>({ id: "createdAt", desc: true });
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);

  // Search as the person types, once they pause.
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilter((current) => ({ ...current, search: searchText.trim() || undefined }));
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [searchText]);

  const list = useQuery({
    ...trpc.tenant.customers.list.queryOptions({
      ...filter,
      ...(sort && {
        sort: sort.id as Sort,
        direction: sort.desc ? ("desc" as const) : ("asc" as const),
      }),
      page,
      pageSize: 25,
    }),
    placeholderData: keepPreviousData,
  });
  const options = useQuery(trpc.tenant.customers.filterOptions.queryOptions());

  function change(next: Partial<Filter>) {
    setFilter((current) => ({ ...current, ...next }));
    setPage(1);
  }

  async function exportCsv() {
    setExporting(true);
    try {
      const result = await queryClient.fetchQuery(
        trpc.tenant.customers.exportCsv.queryOptions(filter),
      );
      const url = URL.createObjectURL(new Blob([result.csv], { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `customers-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      URL.revokeObjectURL(url);
      toast.success(
        result.truncated
          ? `Exported the first ${result.rowCount.toLocaleString("en-KE")} customers`
          : `Exported ${result.rowCount.toLocaleString("en-KE")} customers`,
      );
    } catch {
      toast.error("The export failed. Try again.");
    } finally {
      setExporting(false);
    }
  }

  const data = list.data;
  const filtered = Object.values(filter).some((value) => value !== undefined);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Customers"
        description="Everyone who buys from you or talks to you, in one list."
        actions={
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" onClick={exportCsv} disabled={exporting}>
              {exporting ? "Exporting…" : "Export CSV"}
            </Button>
            {canWrite ? (
              <>
                <ImportDialog />
                <CustomerFormDialog subdomain={subdomain} trigger={<Button>Add customer</Button>} />
              </>
            ) : null}
          </div>
        }
      />

      <section
        aria-label="Search and filters"
        className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5"
      >
        <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-1">
          <Label htmlFor="customer-search">Search</Label>
          <Input
            id="customer-search"
            type="search"
            placeholder="Name, phone or email"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <FilterSelect
          id="filter-tag"
          label="Tag"
          value={filter.tags?.[0] ?? ""}
          onChange={(value) => change({ tags: value ? [value] : undefined })}
          options={(options.data?.tags ?? []).map((tag) => [tag, tag])}
        />
        <FilterSelect
          id="filter-language"
          label="Language"
          value={filter.language ?? ""}
          onChange={(value) =>
            change({ language: (value || undefined) as LanguageCode | undefined })
          }
          options={Object.entries(LANGUAGE_LABELS)}
        />
        <FilterSelect
          id="filter-channel"
          label="Found you through"
          value={filter.acquisitionChannel ?? ""}
          onChange={(value) => change({ acquisitionChannel: value || undefined })}
          options={(options.data?.channels ?? []).map((channel) => [channel, channel])}
        />
        <FilterSelect
          id="filter-last-active"
          label="Last active"
          value={filter.lastActive ?? ""}
          onChange={(value) =>
            change({ lastActive: (value || undefined) as LastActive | undefined })
          }
          options={Object.entries(LAST_ACTIVE_LABELS)}
        />
      </section>

      {list.isError ? (
        <p role="alert" className="text-danger">
          The customers could not be loaded. Reload the page to try again.
        </p>
      ) : (
        <>
          {data ? (
            <p className="text-sm text-muted-foreground" aria-live="polite">
              {data.total.toLocaleString("en-KE")} {data.total === 1 ? "customer" : "customers"}
            </p>
          ) : null}
          <DataTable
            label="Customers"
            columns={customerColumns(subdomain, data?.currency ?? "KES")}
            rows={data?.rows ?? []}
            rowKey={(customer) => customer.id}
            total={data?.total ?? 0}
            page={page}
            pageSize={25}
            sort={sort}
            onSortChange={(next) => {
              setSort(next);
              setPage(1);
            }}
            onPageChange={setPage}
            loading={!data}
            refreshing={list.isFetching && list.isPlaceholderData}
            empty={
              <EmptyState
                title={filtered ? "No customer matches" : "No customers yet"}
                description={
                  filtered
                    ? "Try another spelling, a different phone format or fewer filters."
                    : canWrite
                      ? "Add your first customer or import a CSV file from your phone's contacts or a spreadsheet."
                      : "Customers appear here when your team adds them."
                }
              />
            }
          />
        </>
      )}
    </div>
  );
}

function FilterSelect({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (readonly [string, string])[];
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </Select>
    </div>
  );
}

type CustomerRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string;
  tags: string[];
  language: LanguageCode;
  lifetimeValue: string;
  lastActiveAt: Date | null;
  createdAt: Date;
};

function customerColumns(subdomain: string, currency: string): DataTableColumn<CustomerRow>[] {
  return [
    {
      id: "name",
      header: "Name",
      sortable: true,
      // One element: on a phone the cell is a flex line "Name   value", and a long email must
      // wrap inside it rather than push the card wider than the screen.
      cell: (customer) => (
        <span className="min-w-0 [overflow-wrap:anywhere] max-sm:text-right">
          <Link
            href={`/${subdomain}/customers/${customer.id}` as Route}
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            {customer.name}
          </Link>
          {customer.email ? (
            <span className="block text-xs text-muted-foreground">{customer.email}</span>
          ) : null}
        </span>
      ),
    },
    { id: "phone", header: "Phone", cell: (customer) => formatPhone(customer.phone) },
    {
      id: "tags",
      header: "Tags",
      cell: (customer) => (
        <span className="flex min-w-0 flex-wrap justify-end gap-1 sm:justify-start">
          {customer.tags.map((tag) => (
            <Badge key={tag}>{tag}</Badge>
          ))}
        </span>
      ),
    },
    { id: "language", header: "Language", cell: (customer) => LANGUAGE_LABELS[customer.language] },
    {
      id: "lifetimeValue",
      header: "Lifetime value",
      sortable: true,
      descFirst: true,
      align: "end",
      cell: (customer) => formatMoney(customer.lifetimeValue, currency),
    },
    {
      id: "lastActiveAt",
      header: "Last active",
      sortable: true,
      descFirst: true,
      cell: (customer) => formatDate(customer.lastActiveAt),
    },
    {
      id: "createdAt",
      header: "Added",
      sortable: true,
      descFirst: true,
      cell: (customer) => formatDate(customer.createdAt),
    },
  ];
}
