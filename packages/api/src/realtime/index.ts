import { appUrlFor, readDatabaseEnv } from "@aizalo/db";
import { apiEnv } from "../env";
import { rootLogger } from "../logger";
import { ConversationEventHub } from "./conversation-event-hub";

export { ConversationEventHub } from "./conversation-event-hub";
export type { ConversationEvent, ConversationEventKind } from "./conversation-event";

const globalForHub = globalThis as typeof globalThis & {
  aizaloConversationEvents?: ConversationEventHub;
};

/**
 * The process's event hub. Built on first use and connected on the first subscriber, so
 * importing the API never opens a connection; cached on globalThis for Next's hot reload.
 */
export function conversationEventHub(): ConversationEventHub {
  if (globalForHub.aizaloConversationEvents) return globalForHub.aizaloConversationEvents;
  const hub = new ConversationEventHub({
    connectionString: listenUrl(),
    logger: rootLogger.child({ component: "conversation-events" }),
  });
  globalForHub.aizaloConversationEvents = hub;
  return hub;
}

function listenUrl(): string {
  const explicit = apiEnv().DATABASE_LISTEN_URL;
  if (explicit) return explicit;
  const env = readDatabaseEnv();
  const url =
    env.DATABASE_APP_URL ??
    (env.DATABASE_URL && appUrlFor(env.DATABASE_URL, env.DATABASE_APP_PASSWORD));
  if (!url) throw new Error("No database configured for the real-time inbox");
  return url;
}
