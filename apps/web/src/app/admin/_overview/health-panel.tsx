import { Card, CardContent, CardDescription, CardHeader, CardTitle, formatCount } from "@aizalo/ui";
import { percentOrDash, type Money } from "./figures";

export interface HealthFigures {
  requests: number;
  serverErrors: number;
  refused: number;
  errorRate: Money | null;
  p95Ms: number | null;
  activeConversations: number;
  aiTokensUsed: number;
  aiReplies: number;
}

/** The last 24 hours: API calls from api_usage, conversations and AI tokens from messages. */
export function HealthPanel({ health }: { health: HealthFigures }) {
  const rows: { label: string; value: string; hint?: string }[] = [
    { label: "API calls", value: formatCount(health.requests) },
    {
      label: "Server error rate",
      value: percentOrDash(health.errorRate, 2),
      hint: `${formatCount(health.serverErrors)} failed (5xx); ${formatCount(health.refused)} refused (4xx)`,
    },
    {
      label: "Response time, 95th percentile",
      value: health.p95Ms === null ? "—" : `${formatCount(health.p95Ms)} ms`,
    },
    {
      label: "Active conversations",
      value: formatCount(health.activeConversations),
      hint: "with a message in the last 24 h",
    },
    {
      label: "AI tokens used",
      value: formatCount(health.aiTokensUsed),
      hint:
        health.aiReplies === 0
          ? "no AI replies recorded yet (messages.tokens_used)"
          : `over ${formatCount(health.aiReplies)} AI replies`,
    },
  ];
  return (
    <Card aria-labelledby="health-title">
      <CardHeader>
        <CardTitle id="health-title">Platform health</CardTitle>
        <CardDescription>The last 24 hours.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((row) => (
            <div key={row.label} className="flex flex-col gap-1">
              <dt className="text-sm text-muted-foreground">{row.label}</dt>
              <dd className="text-xl font-semibold tabular-nums">{row.value}</dd>
              {row.hint ? <dd className="text-xs text-muted-foreground">{row.hint}</dd> : null}
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
