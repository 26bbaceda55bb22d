"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Badge, Button, cn, EmptyState, Skeleton } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { InboxFilters } from "./inbox-filters";
import { inboxSearch, readInboxFilter } from "./inbox-filter";
import { CHANNEL_LABELS, shortTime, STATUS_LABELS, STATUS_TONES } from "./inbox-words";
import type { LiveState } from "./use-live-inbox";

const PAGE_SIZE = 25;

const LIVE_WORDS: Record<LiveState, string> = {
  live: "Live",
  connecting: "Connecting…",
  offline: "Offline: reload to retry",
};

/** The inbox list: filters, one page of conversations newest first, and paging. */
export function ConversationList({
  subdomain,
  selectedId,
  live,
}: {
  subdomain: string;
  selectedId: string | null;
  live: LiveState;
}) {
  const trpc = useTRPC();
  const params = useSearchParams();
  const filter = readInboxFilter(new URLSearchParams(params.toString()));
  const inbox = useQuery(
    trpc.tenant.conversations.list.queryOptions(
      { ...filter, pageSize: PAGE_SIZE },
      { placeholderData: keepPreviousData },
    ),
  );
  const base = `/${subdomain}/conversations`;
  const pageHref = (page: number) => `${base}${inboxSearch({ ...filter, page })}` as Route;

  return (
    <section aria-labelledby="inbox-heading" className="flex min-h-0 min-w-0 flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h1 id="inbox-heading" className="text-xl font-semibold text-foreground">
          Conversations
          {inbox.data && inbox.data.unreadTotal > 0 ? (
            <span className="ml-2 align-middle text-sm font-normal text-muted-foreground">
              {inbox.data.unreadTotal} unread
            </span>
          ) : null}
        </h1>
        <span
          role="status"
          className={cn(
            "inline-flex items-center gap-1.5 text-xs",
            live === "live" ? "text-acacia-700" : "text-muted-foreground",
          )}
        >
          <span
            aria-hidden="true"
            className={cn("size-2 rounded-full", live === "live" ? "bg-acacia-600" : "bg-sand-400")}
          />
          {LIVE_WORDS[live]}
        </span>
      </div>
      <InboxFilters base={base} filter={filter} counts={inbox.data?.statusCounts} />

      {inbox.isPending ? (
        <div className="flex flex-col gap-2" aria-busy="true">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-16 w-full" />
          ))}
        </div>
      ) : inbox.isError ? (
        <p role="alert" className="text-sm text-danger">
          The inbox could not be loaded. {inbox.error.message}
        </p>
      ) : inbox.data.items.length === 0 ? (
        <EmptyState
          title="No conversations here"
          description="Try another status or channel, or wait for customers to write in."
        />
      ) : (
        <ul
          aria-label="Conversations"
          className="flex flex-col divide-y divide-border rounded-xl border border-border bg-surface"
        >
          {inbox.data.items.map((item) => {
            const selected = item.id === selectedId;
            return (
              <li key={item.id}>
                <Link
                  href={`${base}/${item.id}${inboxSearch(filter)}` as Route}
                  aria-current={selected ? "page" : undefined}
                  className={cn(
                    "flex flex-col gap-1 px-3 py-3 outline-none hover:bg-surface-muted focus-visible:ring-2 focus-visible:ring-primary",
                    selected && "bg-primary/5",
                  )}
                >
                  <span className="flex items-center justify-between gap-2">
                    <span
                      className={cn(
                        "min-w-0 truncate text-sm text-foreground",
                        item.unreadCount > 0 ? "font-semibold" : "font-medium",
                      )}
                    >
                      {item.customer.name}
                    </span>
                    <time
                      dateTime={item.lastActivityAt.toISOString()}
                      className="shrink-0 text-xs text-muted-foreground"
                    >
                      {shortTime(item.lastActivityAt)}
                    </time>
                  </span>
                  <span className="flex items-center justify-between gap-2">
                    <span className="min-w-0 truncate text-sm text-muted-foreground">
                      {item.preview
                        ? `${item.preview.direction === "outbound" ? "You: " : ""}${item.preview.text}`
                        : "No messages yet"}
                    </span>
                    {item.unreadCount > 0 ? (
                      <span className="shrink-0 rounded-full bg-primary px-2 py-0.5 text-xs font-semibold text-primary-foreground">
                        {item.unreadCount}
                        <span className="sr-only"> unread</span>
                      </span>
                    ) : null}
                  </span>
                  <span className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                    <Badge tone={STATUS_TONES[item.status]}>{STATUS_LABELS[item.status]}</Badge>
                    <span>{CHANNEL_LABELS[item.channel]}</span>
                    <span aria-hidden="true">·</span>
                    <span>{item.assignee ? item.assignee.fullName : "Unassigned"}</span>
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}

      {inbox.data && inbox.data.pageCount > 1 ? (
        <nav aria-label="Inbox pages" className="flex items-center justify-between gap-2 text-sm">
          {filter.page > 1 ? (
            <Link href={pageHref(filter.page - 1)} className="font-medium text-primary">
              Newer
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted-foreground">
            Page {inbox.data.page} of {inbox.data.pageCount}
          </span>
          {filter.page < inbox.data.pageCount ? (
            <Link href={pageHref(filter.page + 1)} className="font-medium text-primary">
              Older
            </Link>
          ) : (
            <Button variant="ghost" size="sm" disabled className="invisible">
              Older
            </Button>
          )}
        </nav>
      ) : null}
    </section>
  );
}
