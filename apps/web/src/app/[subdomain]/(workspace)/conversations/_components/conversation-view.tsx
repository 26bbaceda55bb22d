"use client";

import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useEffect, useMemo, useRef } from "react";
import { Badge, Button, EmptyState, Skeleton } from "@aizalo/ui";
import { useTRPC } from "../../../../../trpc/client";
import { ConversationActions } from "./conversation-actions";
import { CustomerPanel } from "./customer-panel";
import { CHANNEL_LABELS, STATUS_LABELS, STATUS_TONES } from "./inbox-words";
import { MessageThread } from "./message-thread";
import { ReplyComposer } from "./reply-composer";

const PAGE_SIZE = 50;

/** One conversation: header and actions, the messages, the reply box, the customer. */
export function ConversationView({
  subdomain,
  conversationId,
  canReply,
  readsForTeam,
  backHref,
}: {
  subdomain: string;
  conversationId: string;
  canReply: boolean;
  /** Whether opening it clears the team's unread count (the business's own people who reply). */
  readsForTeam: boolean;
  backHref: string;
}) {
  const trpc = useTRPC();
  const conversation = useQuery(trpc.tenant.conversations.get.queryOptions({ conversationId }));
  const pages = useInfiniteQuery(
    trpc.tenant.conversations.messages.infiniteQueryOptions(
      { conversationId, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const markRead = useMutation(trpc.tenant.conversations.markRead.mutationOptions());
  const unread = conversation.data?.unreadCount ?? 0;
  const { mutate: markAsRead, isPending: marking } = markRead;

  // Opening it reads it, and so does a new message arriving while it is open. Viewers and
  // Aizalo's owner only look: the unread count stays for the team who will answer.
  useEffect(() => {
    if (readsForTeam && unread > 0 && !marking) markAsRead({ conversationId });
  }, [readsForTeam, unread, marking, markAsRead, conversationId]);

  const messages = useMemo(
    () => (pages.data?.pages ?? []).flatMap((page) => page.items).reverse(),
    [pages.data],
  );
  const newestId = messages.at(-1)?.id;
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (newestId) end.current?.scrollIntoView({ block: "end" });
  }, [newestId]);

  const back = (
    <Link href={backHref as Route} className="text-sm font-medium text-primary lg:hidden">
      ← All conversations
    </Link>
  );

  if (conversation.isError) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState
          title="Conversation not found"
          description="It may have been removed, or the link is not for this business."
        />
      </div>
    );
  }
  if (conversation.isPending) {
    return (
      <div className="flex flex-col gap-3" aria-busy="true">
        {back}
        <Skeleton className="h-10 w-2/3" />
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  const detail = conversation.data;

  return (
    <div className="flex flex-col gap-4 xl:grid xl:grid-cols-[minmax(0,1fr)_16rem] xl:items-start">
      <article aria-labelledby="conversation-heading" className="flex min-w-0 flex-col gap-4">
        {back}
        <header className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id="conversation-heading" className="text-lg font-semibold text-foreground">
              {detail.customer.name}
            </h2>
            <Badge tone={STATUS_TONES[detail.status]}>{STATUS_LABELS[detail.status]}</Badge>
            <span className="text-sm text-muted-foreground">{CHANNEL_LABELS[detail.channel]}</span>
          </div>
          {canReply ? (
            <ConversationActions
              conversationId={conversationId}
              status={detail.status}
              assigneeId={detail.assignee?.id ?? null}
            />
          ) : (
            <p className="text-sm text-muted-foreground">
              Assigned to {detail.assignee?.fullName ?? "nobody"} · you can read this conversation
              but not change it; it stays unread for the team until one of them opens it.
            </p>
          )}
        </header>

        <div className="xl:hidden">
          <CustomerPanel subdomain={subdomain} customer={detail.customer} />
        </div>

        <div className="flex flex-col gap-3">
          {pages.hasNextPage ? (
            <Button
              variant="ghost"
              size="sm"
              className="self-center"
              disabled={pages.isFetchingNextPage}
              onClick={() => void pages.fetchNextPage()}
            >
              {pages.isFetchingNextPage ? "Loading…" : "Load earlier messages"}
            </Button>
          ) : null}
          {pages.isPending ? (
            <Skeleton className="h-40 w-full" />
          ) : (
            <MessageThread messages={messages} customerName={detail.customer.name} />
          )}
        </div>

        {canReply ? (
          <div className="sticky bottom-0 bg-background pb-1">
            <ReplyComposer conversationId={conversationId} customerName={detail.customer.name} />
          </div>
        ) : null}
        {/* Below the sticky reply box, so scrolling here leaves the newest message above it. */}
        <div ref={end} />
      </article>
      <aside className="hidden xl:block">
        <CustomerPanel subdomain={subdomain} customer={detail.customer} />
      </aside>
    </div>
  );
}
