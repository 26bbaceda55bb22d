"use client";

import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Button, EmptyState, Input, Label, Select, Skeleton } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { describeAction, RECORD_NAMES, whoDidIt } from "./activity-words";

interface Filter {
  from?: string;
  to?: string;
  actorId?: string;
  entity?: string;
}

const when = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Africa/Nairobi",
});

/** A date input's day → the range's start, or (for `to`) the end of that day, Nairobi time. */
const dayBound = (day: string | undefined, end: boolean) =>
  day ? new Date(`${day}T${end ? "23:59:59.999" : "00:00:00"}+03:00`) : undefined;

/** Who did what and when in the business, newest first, 25 a page. */
export function ActivityView() {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const activity = useQuery({
    ...trpc.tenant.activity.list.queryOptions({
      from: dayBound(filter.from, false),
      to: dayBound(filter.to, true),
      actorId: filter.actorId,
      entity: filter.entity,
      page,
    }),
    placeholderData: keepPreviousData,
  });
  const change = (next: Filter) => {
    setFilter({ ...filter, ...next });
    setPage(1);
  };

  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="activity-from">From</Label>
          <Input
            id="activity-from"
            type="date"
            value={filter.from ?? ""}
            onChange={(event) => change({ from: event.target.value || undefined })}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="activity-to">To</Label>
          <Input
            id="activity-to"
            type="date"
            value={filter.to ?? ""}
            onChange={(event) => change({ to: event.target.value || undefined })}
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="activity-actor">Who</Label>
          <Select
            id="activity-actor"
            value={filter.actorId ?? ""}
            onChange={(event) => change({ actorId: event.target.value || undefined })}
          >
            <option value="">Everyone</option>
            {activity.data?.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.platform ? `${actor.name} (Aizalo)` : actor.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="activity-entity">Record</Label>
          <Select
            id="activity-entity"
            value={filter.entity ?? ""}
            onChange={(event) => change({ entity: event.target.value || undefined })}
          >
            <option value="">All records</option>
            {activity.data?.entities.map((entity) => (
              <option key={entity} value={entity}>
                {RECORD_NAMES[entity] ?? entity}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {activity.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : activity.isError ? (
        <p role="alert" className="text-sm text-danger">
          Activity could not be loaded: {activity.error.message}
        </p>
      ) : activity.data.entries.length === 0 ? (
        <EmptyState title="No activity" description="Nothing matches these filters." />
      ) : (
        <>
          <ol aria-label="Activity" className="flex flex-col divide-y divide-border">
            {activity.data.entries.map((entry) => (
              <li key={entry.id} className="flex flex-col gap-0.5 py-3">
                <p className="text-sm text-foreground">
                  <span className="font-medium">{whoDidIt(entry)}</span>{" "}
                  {describeAction(entry.action)}
                </p>
                <p className="text-xs break-words text-muted-foreground">
                  <time dateTime={entry.at.toISOString()}>{when.format(entry.at)}</time>
                  {entry.changedFields.length > 0
                    ? ` · ${entry.changedFields.join(", ").replaceAll("_", " ")}`
                    : null}
                </p>
              </li>
            ))}
          </ol>
          <nav aria-label="Activity pages" className="flex items-center justify-between gap-2">
            <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Newer
            </Button>
            <span className="text-sm text-muted-foreground">
              Page {activity.data.page} of {activity.data.pageCount}
            </span>
            <Button
              variant="secondary"
              disabled={page >= activity.data.pageCount}
              onClick={() => setPage(page + 1)}
            >
              Older
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}
