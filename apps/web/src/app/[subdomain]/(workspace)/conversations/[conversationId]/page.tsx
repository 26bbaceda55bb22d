import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireWorkspaceSession } from "../../../../../server/shell-access";
import { ConversationView } from "../_components/conversation-view";

export const metadata: Metadata = { title: "Conversation" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One conversation. Whether it exists for this business is the API's answer (not found). */
export default async function ConversationPage(
  props: PageProps<"/[subdomain]/conversations/[conversationId]">,
) {
  const { subdomain, conversationId } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  if (!UUID.test(conversationId)) notFound();
  const search = new URLSearchParams(
    Object.entries(await props.searchParams).flatMap(([key, value]) =>
      typeof value === "string" ? [[key, value]] : [],
    ),
  ).toString();
  return (
    <ConversationView
      key={conversationId}
      subdomain={subdomain}
      conversationId={conversationId}
      // Viewers (and the read-only "login as tenant") read; the API refuses their writes anyway.
      canReply={claims.role !== "viewer"}
      readsForTeam={claims.role !== "viewer" && !claims.impersonatorId}
      backHref={`/${subdomain}/conversations${search ? `?${search}` : ""}`}
    />
  );
}
