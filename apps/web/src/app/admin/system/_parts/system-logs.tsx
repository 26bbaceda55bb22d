"use client";

import { useQuery } from "@tanstack/react-query";
import { Badge, DataTable, EmptyState, Label, Select, type DataTableColumn } from "@aizalo/ui";
import { useTRPC } from "../../../../trpc/client";
import { useUrlState } from "../../_lists/use-url-state";

const LEVELS = ["debug", "info", "warning", "error", "critical"] as const;
type Level = (typeof LEVELS)[number];
const LEVEL_TONES = {
  debug: "neutral",
  info: "primary",
  warning: "warning",
  error: "danger",
  critical: "danger",
} as const;
const PAGE_SIZE = 25;

interface LogRow {
  id: string;
  level: Level;
  source: string;
  message: string;
  tenantName: string | null;
  requestId: string | null;
  createdAt: Date;
}

const when = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeStyle: "medium",
  timeZone: "Africa/Nairobi",
});

const COLUMNS: DataTableColumn<LogRow>[] = [
  { id: "createdAt", header: "When (Nairobi)", cell: (row) => when.format(row.createdAt) },
  {
    id: "level",
    header: "Level",
    cell: (row) => <Badge tone={LEVEL_TONES[row.level]}>{row.level}</Badge>,
  },
  { id: "source", header: "Source", cell: (row) => <code className="text-xs">{row.source}</code> },
  {
    id: "message",
    header: "Message",
    cell: (row) => <span className="whitespace-normal">{row.message}</span>,
  },
  { id: "tenant", header: "Business", cell: (row) => row.tenantName ?? "—" },
];

/** system_logs, newest first: the least severe level to show and one source. */
export function SystemLogs() {
  const trpc = useTRPC();
  const { params, update } = useUrlState();
  const asked = params.get("level");
  const minLevel = LEVELS.find((level) => level === asked);
  const source = params.get("source") ?? undefined;
  const page = Math.max(Number(params.get("page") ?? "1") || 1, 1);
  const sources = useQuery(trpc.admin.system.logSources.queryOptions());
  const logs = useQuery({
    ...trpc.admin.system.logs.queryOptions({ minLevel, source, page, pageSize: PAGE_SIZE }),
    placeholderData: (previous) => previous,
  });

  return (
    <section aria-labelledby="logs-title" className="flex flex-col gap-3">
      <h2 id="logs-title" className="text-lg font-semibold">
        System logs
      </h2>
      <div className="flex flex-wrap gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor="log-level">Level</Label>
          <Select
            id="log-level"
            className="w-48"
            value={minLevel ?? ""}
            onChange={(event) => update({ set: { level: event.target.value || null } })}
          >
            <option value="">Every level</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level} and above
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="log-source">Source</Label>
          <Select
            id="log-source"
            className="w-64"
            value={source ?? ""}
            onChange={(event) => update({ set: { source: event.target.value || null } })}
          >
            <option value="">Every source</option>
            {(sources.data ?? []).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {logs.error ? (
        <p role="alert" className="text-sm text-danger">
          The logs could not be loaded: {logs.error.message}
        </p>
      ) : (
        <DataTable
          label="System logs"
          columns={COLUMNS}
          rows={logs.data?.rows ?? []}
          rowKey={(row) => row.id}
          total={logs.data?.total ?? 0}
          page={page}
          pageSize={PAGE_SIZE}
          sort={null}
          onSortChange={() => undefined}
          onPageChange={(next) => update({ page: next })}
          loading={logs.isPending}
          refreshing={logs.isPlaceholderData}
          empty={
            <EmptyState
              title="No log lines"
              description="Nothing was logged with these filters. Jobs and services write errors here."
            />
          }
        />
      )}
    </section>
  );
}
