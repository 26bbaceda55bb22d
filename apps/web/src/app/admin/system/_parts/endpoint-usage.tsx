"use client";

import { useQuery } from "@tanstack/react-query";
import {
  EmptyState,
  Label,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  formatCount,
} from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { useUrlState } from "../../_lists/use-url-state";

const WINDOWS = { "1h": "Last hour", "24h": "Last 24 hours", "7d": "Last 7 days" } as const;
type UsageWindow = keyof typeof WINDOWS;

/** api_usage per procedure over a chosen window, busiest first. */
export function EndpointUsage() {
  const trpc = useTRPC();
  const { params, update } = useUrlState();
  const asked = params.get("window");
  const window: UsageWindow = asked === "1h" || asked === "7d" ? asked : "24h";
  const usage = useQuery(trpc.admin.system.endpointUsage.queryOptions({ window }));
  const rows = usage.data ?? [];

  return (
    <section aria-labelledby="usage-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="usage-title" className="text-lg font-semibold">
          API usage by endpoint
        </h2>
        <div className="flex flex-col gap-1">
          <Label htmlFor="usage-window">Window</Label>
          <Select
            id="usage-window"
            className="w-48"
            value={window}
            onChange={(event) =>
              // Not the logs' page: the window is its own filter and keeps the logs where they are.
              update({
                page: Number(params.get("page") ?? "1"),
                set: { window: event.target.value },
              })
            }
          >
            {(Object.keys(WINDOWS) as UsageWindow[]).map((key) => (
              <option key={key} value={key}>
                {WINDOWS[key]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {usage.error ? (
        <p role="alert" className="text-sm text-danger">
          API usage could not be loaded: {usage.error.message}
        </p>
      ) : usage.isPending ? (
        <p className="text-sm text-muted-foreground">Loading API usage…</p>
      ) : rows.length === 0 ? (
        <EmptyState
          title="No API calls"
          description={`Nothing was called in the ${WINDOWS[window].toLowerCase()}.`}
        />
      ) : (
        <Table label={`API usage by endpoint, ${WINDOWS[window].toLowerCase()}`}>
          <TableHeader>
            <TableRow>
              <TableHead>Endpoint</TableHead>
              <TableHead>Kind</TableHead>
              <TableHead className="text-right">Calls</TableHead>
              <TableHead className="text-right">Server errors</TableHead>
              <TableHead className="text-right">Refused (4xx)</TableHead>
              <TableHead className="text-right">p95</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.endpoint}:${row.method}`}>
                <TableCell>
                  <code className="text-xs">{row.endpoint}</code>
                </TableCell>
                <TableCell>{row.method}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatCount(row.requests)}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatCount(row.serverErrors)}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {formatCount(row.refused)}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {row.p95Ms === null ? "—" : `${formatCount(row.p95Ms)} ms`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
