// The inbox's words, as the database spells them (migration 0004's enums).
export const CONVERSATION_STATUSES = ["active", "waiting", "resolved", "abandoned"] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const CHANNELS = [
  "whatsapp",
  "facebook",
  "instagram",
  "tiktok",
  "email",
  "web",
  "sms",
] as const;
export type Channel = (typeof CHANNELS)[number];
