"use client";

import { useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { cn, Label, Select } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { inboxSearch, type InboxFilterState } from "./inbox-filter";
import {
  CHANNEL_LABELS,
  INBOX_CHANNELS,
  INBOX_STATUSES,
  STATUS_LABELS,
  type InboxChannel,
  type InboxStatus,
} from "./inbox-words";

/** Status tabs (with totals) and the channel and assignee pickers; all live in the address. */
export function InboxFilters({
  base,
  filter,
  counts,
}: {
  base: string;
  filter: InboxFilterState;
  counts: Record<InboxStatus, number> | undefined;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const teammates = useQuery(trpc.tenant.conversations.teammates.queryOptions());
  const go = (next: InboxFilterState) => router.push(`${base}${inboxSearch(next)}` as Route);
  const tabs: { status: InboxStatus | undefined; label: string }[] = [
    { status: undefined, label: "All" },
    ...INBOX_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status] })),
  ];

  return (
    <div className="flex min-w-0 flex-col gap-3">
      <nav aria-label="Status" className="relative -mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
        {tabs.map(({ status, label }) => {
          const current = filter.status === status;
          const count = status && counts ? counts[status] : undefined;
          const { status: _drop, ...rest } = filter;
          return (
            <Link
              key={label}
              href={
                `${base}${inboxSearch({ ...rest, ...(status && { status }), page: 1 })}` as Route
              }
              aria-current={current ? "page" : undefined}
              className={cn(
                "inline-flex h-9 shrink-0 items-center gap-1 rounded-full border px-3 text-sm",
                current
                  ? "border-primary bg-primary text-primary-foreground"
                  : "border-border bg-surface text-foreground hover:bg-surface-muted",
              )}
            >
              {label}
              {count !== undefined ? <span className="text-xs opacity-80">{count}</span> : null}
            </Link>
          );
        })}
      </nav>
      <div className="grid grid-cols-2 gap-2 [&>*]:min-w-0">
        <div className="flex flex-col gap-1">
          <Label htmlFor="inbox-channel">Channel</Label>
          <Select
            id="inbox-channel"
            value={filter.channel ?? ""}
            onChange={(event) => {
              const { channel: _drop, ...rest } = filter;
              const value = event.target.value as InboxChannel | "";
              go({ ...rest, ...(value && { channel: value }), page: 1 });
            }}
          >
            <option value="">All channels</option>
            {INBOX_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="inbox-assignee">Assigned to</Label>
          <Select
            id="inbox-assignee"
            value={filter.assignee ?? ""}
            onChange={(event) => {
              const { assignee: _drop, ...rest } = filter;
              const value = event.target.value;
              go({ ...rest, ...(value && { assignee: value }), page: 1 });
            }}
          >
            <option value="">Anyone</option>
            <option value="me">Me</option>
            <option value="unassigned">Nobody</option>
            {teammates.data?.map((teammate) => (
              <option key={teammate.id} value={teammate.id}>
                {teammate.fullName}
              </option>
            ))}
          </Select>
        </div>
      </div>
    </div>
  );
}
