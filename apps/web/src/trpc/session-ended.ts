import { TRPCClientError } from "@trpc/client";

/**
 * Where the browser goes when an API call says the session has ended. The API route has
 * already cleared the cookie (or, for an ended "login as tenant", given the owner their own
 * session back), so the person starts again where they belong: the sign-in page of the shell
 * they were in, told why, or /admin for the owner whose login as a business ended.
 */
export function pathAfterSessionEnded(reason: string, currentPath: string): string {
  if (reason === "impersonation-ended") {
    const subdomain = currentPath.split("/")[1] ?? "";
    return `/admin?${new URLSearchParams({ loginAsEnded: subdomain })}`;
  }
  const first = currentPath.split("/")[1] ?? "";
  const login =
    first === "" || first === "admin" || first === "sales" ? "/login" : `/${first}/login`;
  return `${login}?${new URLSearchParams({ ended: reason })}`;
}

/** The reason the API gave for an ended session, when this error is one. */
export function sessionEndedReasonOf(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data !== "object" || data === null || !("sessionEnded" in data)) return null;
  const reason = (data as { sessionEnded?: unknown }).sessionEnded;
  return typeof reason === "string" ? reason : null;
}
