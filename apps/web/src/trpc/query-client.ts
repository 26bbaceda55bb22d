import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { pathAfterSessionEnded, sessionEndedReasonOf } from "./session-ended";

/** An ended session (signed out elsewhere, deactivated, business suspended...) leaves the page. */
function leaveIfSessionEnded(error: unknown): void {
  const reason = sessionEndedReasonOf(error);
  if (reason && typeof window !== "undefined") {
    window.location.assign(pathAfterSessionEnded(reason, window.location.pathname));
  }
}

/**
 * One QueryClient per browser tab (and a fresh one per server render). Data is fresh for 30 s:
 * a page that mounts twice does not fetch twice, and mutations invalidate what they change.
 */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: leaveIfSessionEnded }),
    mutationCache: new MutationCache({ onError: leaveIfSessionEnded }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // An ended session or a refusal does not get better by asking again.
        retry: (failures, error) => failures < 1 && sessionEndedReasonOf(error) === null,
      },
    },
  });
}
