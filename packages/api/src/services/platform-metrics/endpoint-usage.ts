import type { ScopedDb } from "@aizalo/db";

export const USAGE_WINDOWS = { "1h": 3_600_000, "24h": 86_400_000, "7d": 604_800_000 } as const;
export type UsageWindow = keyof typeof USAGE_WINDOWS;

export interface EndpointUsage {
  endpoint: string;
  method: string;
  requests: number;
  serverErrors: number;
  refused: number;
  p95Ms: number | null;
}

/** api_usage per procedure over the window before `now`, busiest first. */
export async function endpointUsage(
  db: ScopedDb,
  window: UsageWindow,
  now: Date,
): Promise<EndpointUsage[]> {
  const since = new Date(now.getTime() - USAGE_WINDOWS[window]);
  const rows = await db.$queryRaw<
    {
      endpoint: string;
      method: string;
      requests: number;
      server_errors: number;
      refused: number;
      p95: number | null;
    }[]
  >`
    SELECT endpoint, method, count(*)::int AS requests,
      (count(*) FILTER (WHERE response_status >= 500))::int AS server_errors,
      (count(*) FILTER (WHERE response_status BETWEEN 400 AND 499))::int AS refused,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY response_time_ms)::float8 AS p95
    FROM api_usage WHERE created_at >= ${since} AND created_at < ${now}
    GROUP BY endpoint, method
    ORDER BY requests DESC, endpoint`;
  return rows.map((row) => ({
    endpoint: row.endpoint,
    method: row.method,
    requests: row.requests,
    serverErrors: row.server_errors,
    refused: row.refused,
    p95Ms: row.p95 === null ? null : Math.round(row.p95),
  }));
}
