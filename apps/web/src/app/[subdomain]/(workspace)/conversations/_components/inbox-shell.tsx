"use client";

import { useSelectedLayoutSegment } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { cn } from "@aizalo/ui";
import { ConversationList } from "./conversation-list";
import { useLiveInbox } from "./use-live-inbox";

/**
 * The inbox frame: list and conversation side by side on a wide screen; on a phone, separate
 * screens (the list, or the open conversation with a way back). One live feed for both.
 */
export function InboxShell({ subdomain, children }: { subdomain: string; children: ReactNode }) {
  const selectedId = useSelectedLayoutSegment();
  const live = useLiveInbox();
  return (
    // minmax(0, …) and min-w-0: the scrolling status tabs must not widen the page on a phone.
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(18rem,24rem)_minmax(0,1fr)] lg:items-start">
      <div className={cn("min-w-0", selectedId && "hidden lg:block")}>
        <Suspense>
          <ConversationList subdomain={subdomain} selectedId={selectedId} live={live} />
        </Suspense>
      </div>
      <div className={cn("min-w-0", !selectedId && "hidden lg:block")}>{children}</div>
    </div>
  );
}
