import { z } from "zod";

/** The NOTIFY channel migration 0012's triggers raise on. */
export const CONVERSATION_EVENTS_CHANNEL = "conversation_events";

/**
 * What changed, never the content: "message" (a new message or a delivery status), "conversation"
 * (status, assignee, unread count, activity), "resync" (events may have been missed: the
 * listener reconnected, or a subscriber fell behind; refetch everything shown).
 */
export type ConversationEventKind = "message" | "conversation" | "resync";

export interface ConversationEvent {
  /** Unique within this process's run: the SSE event id a client resumes from. */
  id: string;
  tenantId: string;
  /** null for "resync". */
  conversationId: string | null;
  kind: ConversationEventKind;
}

const notificationPayload = z.object({
  t: z.uuid(),
  c: z.uuid(),
  k: z.enum(["message", "conversation"]),
});

/** The trigger's JSON payload, or null when it is not one (never trust a channel blindly). */
export function parseNotification(
  payload: string | undefined,
): { tenantId: string; conversationId: string; kind: "message" | "conversation" } | null {
  if (!payload) return null;
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = notificationPayload.safeParse(json);
  if (!parsed.success) return null;
  return { tenantId: parsed.data.t, conversationId: parsed.data.c, kind: parsed.data.k };
}
