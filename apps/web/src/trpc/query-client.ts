import { QueryClient } from "@tanstack/react-query";

/**
 * One QueryClient per browser tab (and a fresh one per server render). Data is fresh for 30 s:
 * a page that mounts twice does not fetch twice, and mutations invalidate what they change.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}
