// The inbox's words for what the API returns in the database's spelling.

export const STATUS_LABELS = {
  active: "Active",
  waiting: "Waiting",
  resolved: "Resolved",
  abandoned: "Abandoned",
} as const;

export type InboxStatus = keyof typeof STATUS_LABELS;
export const INBOX_STATUSES = Object.keys(STATUS_LABELS) as InboxStatus[];

export const STATUS_TONES = {
  active: "primary",
  waiting: "warning",
  resolved: "success",
  abandoned: "neutral",
} as const;

export const CHANNEL_LABELS = {
  whatsapp: "WhatsApp",
  facebook: "Facebook",
  instagram: "Instagram",
  tiktok: "TikTok",
  email: "Email",
  web: "Website chat",
  sms: "SMS",
} as const;

export type InboxChannel = keyof typeof CHANNEL_LABELS;
export const INBOX_CHANNELS = Object.keys(CHANNEL_LABELS) as InboxChannel[];

export const DELIVERY_LABELS = {
  queued: "Queued",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Not delivered",
} as const;

const EAT = "Africa/Nairobi";

/** "14:05" today, "Tue" this week, "12 Nov" before: short enough for a phone's list row. */
export function shortTime(when: Date, now = new Date()): string {
  const ageMs = now.getTime() - when.getTime();
  const sameDay =
    when.toLocaleDateString("en-KE", { timeZone: EAT }) ===
    now.toLocaleDateString("en-KE", { timeZone: EAT });
  if (sameDay) {
    return when.toLocaleTimeString("en-KE", { timeZone: EAT, hour: "2-digit", minute: "2-digit" });
  }
  if (ageMs < 6 * 86_400_000) {
    return when.toLocaleDateString("en-KE", { timeZone: EAT, weekday: "short" });
  }
  return when.toLocaleDateString("en-KE", { timeZone: EAT, day: "numeric", month: "short" });
}

/** "12 Nov 2026, 14:05": a message's full time, in Kenya's time zone. */
export function fullTime(when: Date): string {
  return when.toLocaleString("en-KE", {
    timeZone: EAT,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
