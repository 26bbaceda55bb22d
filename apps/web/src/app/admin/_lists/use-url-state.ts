"use client";

import type { Route } from "next";
import { writeListParams } from "@aizalo/ui";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";

/**
 * Filters and page live in the address (?level=error&page=2), so reload, back and a shared
 * link show the same rows. `update` replaces the entry: filtering is not a new page to go back to.
 */
export function useUrlState() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const update = useCallback(
    (change: { page?: number; set?: Record<string, string | null> }) => {
      const next = writeListParams(new URLSearchParams(params.toString()), change);
      const query = next.toString();
      // The same page with other parameters: a route that exists by construction.
      router.replace((query ? `${pathname}?${query}` : pathname) as Route, { scroll: false });
    },
    [params, pathname, router],
  );
  return { params, update };
}
