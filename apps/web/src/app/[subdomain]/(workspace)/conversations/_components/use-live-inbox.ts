"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useTRPC } from "../../../../../trpc/client";

export type LiveState = "live" | "connecting" | "offline";

/**
 * The inbox's live feed: one server-sent events stream per open inbox. An event names which
 * conversation changed, never what it says; the data is refetched through the normal queries,
 * so what appears is what this person may read. A reconnect brings "resync": refetch all.
 */
export function useLiveInbox(): LiveState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const subscription = useSubscription(
    trpc.tenant.conversations.events.subscriptionOptions(undefined, {
      onData: ({ data: event }) => {
        if (event.kind === "resync" || !event.conversationId) {
          void queryClient.invalidateQueries(trpc.tenant.conversations.pathFilter());
          return;
        }
        const id = { conversationId: event.conversationId };
        void queryClient.invalidateQueries(trpc.tenant.conversations.list.pathFilter());
        void queryClient.invalidateQueries({
          queryKey: trpc.tenant.conversations.get.queryKey(id),
        });
        void queryClient.invalidateQueries({
          queryKey: trpc.tenant.conversations.messages.infiniteQueryKey(id),
        });
      },
    }),
  );
  if (subscription.status === "pending") return "live";
  if (subscription.status === "error") return "offline";
  return "connecting";
}
