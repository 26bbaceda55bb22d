"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, type FormEvent } from "react";
import {
  Badge,
  Button,
  DataTable,
  EmptyState,
  FormErrors,
  Input,
  Label,
  Select,
  readListParams,
  writeListParams,
  type DataTableColumn,
} from "@aizalo/ui";
import { useTRPC } from "../../../trpc/client";
import {
  formatKes,
  formatWhen,
  INDUSTRY_LABELS,
  PLAN_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
} from "./tenant-labels";

const PAGE_SIZE = 25;
const SORTS = ["name", "status", "plan", "fee", "city", "createdAt", "lastActivity"] as const;
type Sort = (typeof SORTS)[number];
const FILTERS = ["status", "plan", "industry", "city", "rep"] as const;

interface Row {
  id: string;
  businessName: string;
  subdomain: string;
  industry: string;
  city: string | null;
  subscriptionStatus: string;
  subscriptionPlan: string;
  monthlyFee: { toString(): string };
  mrr: { toString(): string };
  isDemo: boolean;
  salesRep: { id: string; name: string } | null;
  users: number;
  customers: number;
  lastActivityAt: Date | null;
}

const columns: DataTableColumn<Row>[] = [
  {
    id: "name",
    header: "Business",
    sortable: true,
    cell: (row) => (
      <div className="flex flex-col items-end sm:items-start">
        <Link
          href={`/admin/tenants/${row.id}` as Route}
          className="font-medium text-foreground underline-offset-4 hover:underline"
        >
          {row.businessName}
        </Link>
        <span className="text-xs text-muted-foreground">
          {row.subdomain} · {INDUSTRY_LABELS[row.industry] ?? row.industry}
        </span>
      </div>
    ),
  },
  {
    id: "status",
    header: "Status",
    sortable: true,
    cell: (row) => (
      <span className="flex gap-1">
        <Badge tone={STATUS_TONES[row.subscriptionStatus] ?? "neutral"}>
          {STATUS_LABELS[row.subscriptionStatus] ?? row.subscriptionStatus}
        </Badge>
        {row.isDemo ? <Badge>Demo</Badge> : null}
      </span>
    ),
  },
  {
    id: "plan",
    header: "Plan",
    sortable: true,
    cell: (row) => PLAN_LABELS[row.subscriptionPlan] ?? row.subscriptionPlan,
  },
  {
    id: "fee",
    header: "Fee / month",
    sortable: true,
    descFirst: true,
    align: "end",
    cell: (row) => (
      <span className="tabular-nums">
        {formatKes(row.monthlyFee)}
        {row.mrr.toString() === "0" && row.monthlyFee.toString() !== "0" ? (
          <span className="block text-xs text-muted-foreground">not in MRR</span>
        ) : null}
      </span>
    ),
  },
  { id: "city", header: "City", sortable: true, cell: (row) => row.city ?? "—" },
  { id: "rep", header: "Sales rep", cell: (row) => row.salesRep?.name ?? "Unassigned" },
  {
    id: "users",
    header: "Users",
    align: "end",
    cell: (row) => <span className="tabular-nums">{row.users}</span>,
  },
  {
    id: "customers",
    header: "Customers",
    align: "end",
    cell: (row) => <span className="tabular-nums">{row.customers.toLocaleString("en-KE")}</span>,
  },
  {
    id: "lastActivity",
    header: "Last activity",
    sortable: true,
    descFirst: true,
    cell: (row) => formatWhen(row.lastActivityAt),
  },
];

/** The tenants table: its filters, search, sort and page all live in the URL. */
export function TenantsList() {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const { page, sort } = readListParams(new URLSearchParams(searchParams), SORTS, {
    id: "name",
    desc: false,
  });
  const get = (key: string) => searchParams.get(key) ?? "";
  // A hand-edited link with an unknown value filters nothing rather than failing the list.
  const oneOf = <K extends string>(key: K, allowed: Record<string, string>) => {
    const value = get(key);
    return Object.hasOwn(allowed, value) ? ({ [key]: value } as Record<K, never>) : {};
  };
  const search = get("q");

  const input = useMemo(
    () => ({
      page,
      pageSize: PAGE_SIZE,
      sort: (sort?.id ?? "name") as Sort,
      desc: sort?.desc ?? false,
      ...(search ? { search } : {}),
      filters: {
        ...oneOf("status", STATUS_LABELS),
        ...oneOf("plan", PLAN_LABELS),
        ...oneOf("industry", INDUSTRY_LABELS),
        ...(get("city") ? { city: get("city") } : {}),
        ...(get("rep") ? { salesRepId: get("rep") } : {}),
      },
    }),
    // The URL is the state: a new input exactly when the query string changes.
    [searchParams.toString()],
  );
  const list = useQuery(
    trpc.admin.tenants.list.queryOptions(input, { placeholderData: keepPreviousData }),
  );
  const options = useQuery(trpc.admin.tenants.filterOptions.queryOptions());

  const go = (change: Parameters<typeof writeListParams>[1]) => {
    const next = writeListParams(new URLSearchParams(searchParams), change).toString();
    router.replace(`${pathname}${next ? `?${next}` : ""}` as Route, { scroll: false });
  };
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("q");
    go({ set: { q: typeof typed === "string" ? typed.trim() : null } });
  };
  const filtered = FILTERS.some((key) => get(key)) || Boolean(search);

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        aria-label="Find tenants"
        onSubmit={onSearch}
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <div className="flex flex-1 flex-col gap-1.5">
          <Label htmlFor="tenant-search">Search</Label>
          <Input
            id="tenant-search"
            name="q"
            type="search"
            key={search}
            defaultValue={search}
            placeholder="Name, subdomain, email or phone"
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>

      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <FilterSelect
          label="Status"
          value={get("status")}
          onChange={(v) => go({ set: { status: v } })}
        >
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="Plan" value={get("plan")} onChange={(v) => go({ set: { plan: v } })}>
          {Object.entries(PLAN_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Industry"
          value={get("industry")}
          onChange={(v) => go({ set: { industry: v } })}
        >
          {Object.entries(INDUSTRY_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label="City" value={get("city")} onChange={(v) => go({ set: { city: v } })}>
          {options.data?.cities.map((city) => (
            <option key={city} value={city}>
              {city}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Sales rep"
          value={get("rep")}
          onChange={(v) => go({ set: { rep: v } })}
        >
          <option value="unassigned">Unassigned</option>
          {options.data?.salesReps.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.fullName}
            </option>
          ))}
        </FilterSelect>
      </div>

      {list.error ? (
        <FormErrors errors={{ formErrors: [list.error.message], fieldErrors: {} }} />
      ) : null}
      <DataTable
        label="Tenants"
        columns={columns}
        rows={list.data?.rows ?? []}
        rowKey={(row) => row.id}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={PAGE_SIZE}
        sort={sort}
        onSortChange={(next) => go({ sort: next })}
        onPageChange={(next) => go({ page: next })}
        loading={list.isPending}
        refreshing={list.isPlaceholderData}
        empty={
          <EmptyState
            title={filtered ? "No tenants match" : "No tenants yet"}
            description={
              filtered
                ? "Try another search or clear the filters."
                : "Businesses appear here once the sales team onboards them."
            }
            action={
              filtered ? (
                <Button variant="secondary" onClick={() => router.replace(pathname as Route)}>
                  Clear filters
                </Button>
              ) : undefined
            }
          />
        }
      />
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string | null) => void;
  children: React.ReactNode;
}) {
  const id = `filter-${label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">All</option>
        {children}
      </Select>
    </div>
  );
}
