"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, toast } from "@aizalo/ui";
import {
  pollWhileUnfinished,
  TaskProgress,
} from "../../../../../components/background-task/task-progress";
import { useTRPC } from "../../../../../trpc/client";

const dateTime = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Africa/Nairobi",
});

function sizeOf(bytes: unknown): string {
  if (typeof bytes !== "number") return "";
  return bytes < 1_000_000
    ? `${Math.max(1, Math.round(bytes / 1_000))} KB`
    : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Asks for an export and follows it: the list is polled every second while the newest export
 * is on its way, then offers its archive through the authenticated download route.
 */
export function ExportPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const exports = useQuery({
    ...trpc.tenant.dataExport.list.queryOptions(),
    refetchInterval: (query) => pollWhileUnfinished(query.state.data?.[0]),
  });
  const request = useMutation(
    trpc.tenant.dataExport.request.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.tenant.dataExport.list.queryFilter()),
      onError: () => toast.error("The export could not be started. Please try again."),
    }),
  );
  const [latest, ...older] = exports.data ?? [];
  const unfinished = latest && pollWhileUnfinished(latest) !== false;

  return (
    <section aria-labelledby="export-heading" className="flex flex-col gap-5">
      <div className="flex flex-col gap-2">
        <h2 id="export-heading" className="text-lg font-semibold">
          Export everything
        </h2>
        <p className="text-sm text-muted-foreground">
          The archive is prepared in the background (large businesses take a minute) and kept for 7
          days. Passwords and sign-in secrets are never included.
        </p>
        <div>
          <Button onClick={() => request.mutate()} disabled={request.isPending || unfinished}>
            {unfinished ? "Export on its way…" : "Export everything"}
          </Button>
        </div>
      </div>

      {latest ? (
        <div className="flex flex-col gap-3 rounded-xl border border-border bg-surface p-4">
          <TaskProgress task={latest} label={`Export of ${dateTime.format(latest.createdAt)}`} />
          {latest.status === "done" ? <DownloadLink task={latest} /> : null}
        </div>
      ) : null}

      {older.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">Earlier exports</h3>
          <ul className="flex flex-col gap-2 text-sm">
            {older.map((task) => (
              <li key={task.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span>{dateTime.format(task.createdAt)}</span>
                {task.status === "done" ? (
                  <DownloadLink task={task} />
                ) : (
                  <span className="text-muted-foreground">
                    {task.status === "failed" ? "Failed" : "On its way"}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function DownloadLink({ task }: { task: { id: string; result: unknown; expiresAt: Date } }) {
  const result = (task.result ?? {}) as { fileName?: string; byteSize?: number };
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {/* A plain link: the route handler checks the session and streams the file. */}
      <a
        href={`/api/workspace/exports/${task.id}`}
        download={result.fileName}
        className="font-medium text-primary underline underline-offset-4"
      >
        Download {result.fileName ?? "archive"}
      </a>
      <span className="text-muted-foreground">
        {sizeOf(result.byteSize)} · until {dateTime.format(task.expiresAt)}
      </span>
    </p>
  );
}
