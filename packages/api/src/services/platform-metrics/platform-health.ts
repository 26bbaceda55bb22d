import { Prisma, type ScopedDb } from "@aizalo/db";

export interface ApiHealth {
  requests: number;
  /** Calls answered with a 5xx: our failures. */
  serverErrors: number;
  /** Calls refused with a 4xx (signed out, not allowed, bad input, rate limited). */
  refused: number;
  /** serverErrors ÷ requests; null without requests. */
  errorRate: Prisma.Decimal | null;
  /** 95th percentile of response time in ms; null without requests. */
  p95Ms: number | null;
}

export interface PlatformHealth extends ApiHealth {
  since: Date;
  until: Date;
  /** Conversations (any business, demo included) with a message in the window. */
  activeConversations: number;
  /** messages.tokens_used summed over messages in the window (the AI reply's usage). */
  aiTokensUsed: number;
  /** Messages in the window that record tokens; 0 means no AI replies were recorded. */
  aiReplies: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

interface ApiRow {
  requests: number;
  server_errors: number;
  refused: number;
  p95: number | null;
}

/** API calls between `since` and `until` from api_usage: count, failures and p95 latency. */
export async function apiHealth(db: ScopedDb, since: Date, until: Date): Promise<ApiHealth> {
  const [row] = await db.$queryRaw<ApiRow[]>`
    SELECT count(*)::int AS requests,
      (count(*) FILTER (WHERE response_status >= 500))::int AS server_errors,
      (count(*) FILTER (WHERE response_status BETWEEN 400 AND 499))::int AS refused,
      percentile_cont(0.95) WITHIN GROUP (ORDER BY response_time_ms)::float8 AS p95
    FROM api_usage WHERE created_at >= ${since} AND created_at < ${until}`;
  const requests = row?.requests ?? 0;
  const serverErrors = row?.server_errors ?? 0;
  return {
    requests,
    serverErrors,
    refused: row?.refused ?? 0,
    errorRate: requests === 0 ? null : new Prisma.Decimal(serverErrors).div(requests),
    p95Ms: row?.p95 === null || row?.p95 === undefined ? null : Math.round(row.p95),
  };
}

/** The last 24 hours before `now`: API calls, conversations with activity, AI tokens. */
export async function platformHealth(db: ScopedDb, now: Date): Promise<PlatformHealth> {
  const since = new Date(now.getTime() - DAY_MS);
  const api = await apiHealth(db, since, now);
  const [activity] = await db.$queryRaw<
    { conversations: number; tokens: bigint | null; ai_replies: number }[]
  >`
    SELECT count(DISTINCT conversation_id)::int AS conversations,
      sum(tokens_used)::bigint AS tokens,
      (count(*) FILTER (WHERE tokens_used IS NOT NULL))::int AS ai_replies
    FROM messages WHERE created_at >= ${since} AND created_at < ${now}`;
  return {
    ...api,
    since,
    until: now,
    activeConversations: activity?.conversations ?? 0,
    aiTokensUsed: Number(activity?.tokens ?? 0),
    aiReplies: activity?.ai_replies ?? 0,
  };
}
