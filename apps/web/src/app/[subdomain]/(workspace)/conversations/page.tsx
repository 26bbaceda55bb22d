import type { Metadata } from "next";
import { EmptyState } from "@aizalo/ui";
import { requireWorkspaceSession } from "../../../../server/shell-access";

export const metadata: Metadata = { title: "Conversations" };

/** Beside the list on a wide screen, before a conversation is chosen (phones show the list). */
export default async function ConversationsPage(props: PageProps<"/[subdomain]/conversations">) {
  await requireWorkspaceSession((await props.params).subdomain);
  return (
    <EmptyState
      title="Choose a conversation"
      description="Messages from WhatsApp, SMS, social media and your website chat arrive here as they come in."
    />
  );
}
