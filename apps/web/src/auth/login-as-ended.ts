/**
 * Where the platform owner lands when a "login as tenant" ends (Stop, or its 30 minutes ran
 * out): /admin, naming the business by its subdomain. The notice looks the name up (so a
 * crafted link cannot make it say anything else).
 */
export function loginAsEndedPath(subdomain: string): string {
  return `/admin?${new URLSearchParams({ loginAsEnded: subdomain })}`;
}

export const loginAsEndedNotice = (businessName: string) => `Your login as ${businessName} ended.`;
