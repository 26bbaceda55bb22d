"use client";

import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type PaginationState,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { useMemo, type ReactNode } from "react";
import { cn } from "../cn";
import { Button } from "./button";
import { Skeleton } from "./skeleton";
import { TableCell, TableHead, TableRow } from "./table";

/** The one sort a server-paginated list is ordered by; `null` means the server's default. */
export interface DataTableSort {
  id: string;
  desc: boolean;
}

export interface DataTableColumn<TRow> {
  /** Also the sort key sent to the server, so name it as the procedure does ("name", "mrr"). */
  id: string;
  header: string;
  cell: (row: TRow) => ReactNode;
  sortable?: boolean;
  /** Numbers and money read best right-aligned on a wide screen. */
  align?: "start" | "end";
  /** Descending first suits amounts and dates ("largest first"). */
  descFirst?: boolean;
}

export interface DataTableProps<TRow> {
  /** Names the table for screen readers ("Tenants"). */
  label: string;
  columns: DataTableColumn<TRow>[];
  /** One page of rows, as the server returned it. */
  rows: TRow[];
  rowKey: (row: TRow) => string;
  /** All matching rows on the server, across pages. */
  total: number;
  /** 1-based, as it appears in the page's URL. */
  page: number;
  pageSize: number;
  sort: DataTableSort | null;
  onSortChange: (sort: DataTableSort | null) => void;
  onPageChange: (page: number) => void;
  /** The first load (no rows yet): shows a skeleton in the table's shape. */
  loading?: boolean;
  /** A later load (rows of the previous page still shown): dims them and says so. */
  refreshing?: boolean;
  /** Shown instead of the table when the server found nothing, usually an EmptyState. */
  empty: ReactNode;
  /**
   * "stack" (the default) turns each row into a labelled card below the `sm` breakpoint, so a
   * 360 px phone reads every field without scrolling sideways; "scroll" keeps the grid and
   * scrolls it inside its own box, for tables whose columns only make sense side by side.
   */
  mobileLayout?: "stack" | "scroll";
  className?: string;
}

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });

function resolve<T>(updater: Updater<T>, old: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(old) : updater;
}

/**
 * A table whose rows, order and page come from the server: it renders one page and asks the
 * page (which keeps the state in its URL) to change sort or page. TanStack Table supplies the
 * header and sort logic; the data is never sorted or sliced here.
 */
export function DataTable<TRow extends RowData>({
  label,
  columns,
  rows,
  rowKey,
  total,
  page,
  pageSize,
  sort,
  onSortChange,
  onPageChange,
  loading = false,
  refreshing = false,
  empty,
  mobileLayout = "stack",
  className,
}: DataTableProps<TRow>) {
  const columnDefs = useMemo<ColumnDef<typeof features, TRow>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        // An accessor makes the column sortable to TanStack; the server does the ordering.
        accessorFn: () => null,
        enableSorting: column.sortable ?? false,
        sortDescFirst: column.descFirst ?? false,
      })),
    [columns],
  );
  const sorting: SortingState = sort ? [sort] : [];
  const pagination: PaginationState = { pageIndex: Math.max(page - 1, 0), pageSize };

  const table = useTable({
    features,
    columns: columnDefs,
    data: rows,
    getRowId: (row) => rowKey(row),
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    rowCount: total,
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting)[0];
      onSortChange(next ? { id: next.id, desc: next.desc } : null);
    },
    onPaginationChange: (updater) => {
      onPageChange(resolve(updater, pagination).pageIndex + 1);
    },
  });

  const byId = new Map(columns.map((column) => [column.id, column]));
  const stack = mobileLayout === "stack";
  const pageCount = Math.max(table.getPageCount(), 1);
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);

  if (!loading && total === 0) return <>{empty}</>;

  // Stacked rows drop the browser's table display, which some browsers take as dropping the
  // table's meaning too; explicit roles keep rows and cells announced as such.
  const roles = stack
    ? { table: "table", rowgroup: "rowgroup", row: "row", header: "columnheader", cell: "cell" }
    : undefined;

  return (
    <div className={cn("flex flex-col gap-3", className)}>
      <div
        role="region"
        aria-label={label}
        aria-busy={loading || refreshing}
        tabIndex={0}
        className={cn(
          "relative w-full rounded-xl border border-border bg-surface",
          stack ? "max-sm:border-0 max-sm:bg-transparent sm:overflow-x-auto" : "overflow-x-auto",
        )}
      >
        <table
          role={roles?.table}
          aria-label={label}
          className={cn("w-full text-sm", stack && "max-sm:block", refreshing && "opacity-60")}
        >
          <thead
            role={roles?.rowgroup}
            className={cn("bg-surface-muted/60", stack && "max-sm:sr-only")}
          >
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role={roles?.row} className="border-b border-border">
                {group.headers.map((header) => {
                  const column = byId.get(header.column.id);
                  const sorted = header.column.getIsSorted();
                  const ariaSort = !column?.sortable
                    ? undefined
                    : sorted === "asc"
                      ? "ascending"
                      : sorted === "desc"
                        ? "descending"
                        : "none";
                  return (
                    <TableHead
                      key={header.id}
                      role={roles?.header}
                      aria-sort={ariaSort}
                      className={cn(column?.align === "end" && "text-right")}
                    >
                      {column?.sortable ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={cn(
                            "inline-flex items-center gap-1 rounded-sm hover:text-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-primary",
                            sorted && "text-foreground",
                          )}
                        >
                          {column.header}
                          <SortArrow direction={sorted} />
                        </button>
                      ) : (
                        column?.header
                      )}
                    </TableHead>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody
            role={roles?.rowgroup}
            className={cn(
              "[&_tr:last-child]:border-0",
              stack && "max-sm:flex max-sm:flex-col max-sm:gap-3",
            )}
          >
            {loading
              ? Array.from({ length: Math.min(pageSize, 5) }, (_, index) => (
                  <TableRow key={index} role={roles?.row} className={stackRowClass(stack)}>
                    {columns.map((column) => (
                      <TableCell
                        key={column.id}
                        role={roles?.cell}
                        className={stackCellClass(stack)}
                      >
                        <Skeleton className="h-4 w-full max-w-32" />
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              : table.getRowModel().rows.map((row) => (
                  <TableRow key={row.id} role={roles?.row} className={stackRowClass(stack)}>
                    {columns.map((column) => (
                      <TableCell
                        key={column.id}
                        role={roles?.cell}
                        data-label={column.header}
                        className={cn(
                          stackCellClass(stack),
                          column.align === "end" && "sm:text-right",
                        )}
                      >
                        {column.cell(row.original)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
          </tbody>
        </table>
        {loading ? (
          <p role="status" className="sr-only">
            Loading…
          </p>
        ) : null}
      </div>
      <nav
        aria-label={`${label} pages`}
        className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground"
      >
        <p aria-live="polite">
          {loading ? "Loading…" : `Showing ${first}–${last} of ${total.toLocaleString("en-KE")}`}
        </p>
        <div className="flex items-center gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={loading || !table.getCanPreviousPage()}
            onClick={() => table.previousPage()}
          >
            Previous
          </Button>
          <span>
            Page {page} of {pageCount}
          </span>
          <Button
            variant="secondary"
            size="sm"
            disabled={loading || !table.getCanNextPage()}
            onClick={() => table.nextPage()}
          >
            Next
          </Button>
        </div>
      </nav>
    </div>
  );
}

function stackRowClass(stack: boolean) {
  return stack
    ? "max-sm:flex max-sm:flex-col max-sm:rounded-xl max-sm:border max-sm:border-border max-sm:bg-surface max-sm:py-2"
    : undefined;
}

function stackCellClass(stack: boolean) {
  // On a phone each cell is a line "Label   value"; the label comes from data-label so the
  // markup stays one table for every screen size.
  return stack
    ? "max-sm:flex max-sm:justify-between max-sm:gap-4 max-sm:py-1.5 max-sm:whitespace-normal max-sm:before:font-medium max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)]"
    : undefined;
}

function SortArrow({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
      {direction === "asc" ? (
        <path d="M6 3l3 4H3z" fill="currentColor" />
      ) : direction === "desc" ? (
        <path d="M6 9l3-4H3z" fill="currentColor" />
      ) : (
        <path d="M6 2l2.5 3h-5zM6 10l2.5-3h-5z" fill="currentColor" opacity="0.4" />
      )}
    </svg>
  );
}
