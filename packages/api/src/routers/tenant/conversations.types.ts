import { z } from "zod";
import { CHANNELS, CONVERSATION_STATUSES } from "../../services/conversations/vocabulary";

export const inboxInput = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  channel: z.enum(CHANNELS).optional(),
  /** "me", "unassigned", or a teammate's id. */
  assignee: z.union([z.literal("me"), z.literal("unassigned"), z.uuid()]).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
});

export const conversationInput = z.object({ conversationId: z.uuid() });

export const messagesInput = z.object({
  conversationId: z.uuid(),
  /** The last message id of the previous page (older messages follow). */
  cursor: z.uuid().nullish(),
  limit: z.number().int().min(1).max(200).default(50),
});

/** WhatsApp's limit on a text message; other channels take less or split longer texts. */
const MAX_MESSAGE_LENGTH = 4096;

export const messageTextInput = z.object({
  conversationId: z.uuid(),
  text: z
    .string()
    .trim()
    .min(1, "Write a message first.")
    .max(MAX_MESSAGE_LENGTH, `Keep it under ${MAX_MESSAGE_LENGTH} characters.`),
});

export const assignInput = z.object({
  conversationId: z.uuid(),
  /** null: nobody. */
  assigneeId: z.uuid().nullable(),
});

export const eventsInput = z
  .object({
    /** Sent back by the client when it reconnects (tracked events). */
    lastEventId: z.string().max(64).nullish(),
  })
  .optional();
