import type { ReactNode } from "react";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { InboxShell } from "./_components/inbox-shell";

/** The shared inbox: the list stays while a conversation opens beside it (on wide screens). */
export default async function ConversationsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ subdomain: string }>;
}) {
  const { subdomain } = await params;
  await requireWorkspaceSession(subdomain);
  return <InboxShell subdomain={subdomain}>{children}</InboxShell>;
}
