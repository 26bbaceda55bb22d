import type { DataTableSort } from "./data-table";

/**
 * A server-paginated list keeps its page and sort in the page's URL (`?page=2&sort=-mrr`), so
 * a reload, the back button and a shared link all show the same rows. These two functions are
 * the one spelling of that: `-` before the column id means descending.
 */
export interface ListParams {
  page: number;
  sort: DataTableSort | null;
}

export function readListParams(
  params: URLSearchParams,
  allowedSorts: readonly string[],
  fallbackSort: DataTableSort | null = null,
): ListParams {
  const pageNumber = Number(params.get("page") ?? "1");
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1;
  const raw = params.get("sort");
  if (!raw) return { page, sort: fallbackSort };
  const desc = raw.startsWith("-");
  const id = desc ? raw.slice(1) : raw;
  // An unknown column in a hand-edited link falls back rather than reaching the server.
  return { page, sort: allowedSorts.includes(id) ? { id, desc } : fallbackSort };
}

/**
 * The URL parameters after a change. Any change other than the page itself (a new sort, a
 * filter) starts again at page 1, since page 7 of the old order means nothing in the new one.
 */
export function writeListParams(
  params: URLSearchParams,
  change: { page?: number; sort?: DataTableSort | null; set?: Record<string, string | null> },
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (change.set) {
    for (const [key, value] of Object.entries(change.set)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
  }
  if (change.sort !== undefined) {
    if (change.sort) next.set("sort", `${change.sort.desc ? "-" : ""}${change.sort.id}`);
    else next.delete("sort");
  }
  if (change.page !== undefined && change.page > 1) next.set("page", String(change.page));
  else next.delete("page");
  return next;
}
