/** Money as the business sees it: "KES 12,500". The decimal string is formatted, never a float. */
export function formatMoney(value: string | null, currency: string): string {
  if (value === null) return "—";
  // Intl.NumberFormat formats decimal strings exactly (no float rounding on the way).
  const format = new Intl.NumberFormat("en-KE", {
    style: "currency",
    currency,
    maximumFractionDigits: 2,
    minimumFractionDigits: 0,
  });
  return format.format(value as `${number}`);
}

const dateFormat = new Intl.DateTimeFormat("en-KE", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "Africa/Nairobi",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-KE", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Africa/Nairobi",
});

export function formatDate(value: Date | string | null): string {
  return value ? dateFormat.format(new Date(value)) : "—";
}

export function formatDateTime(value: Date | string | null): string {
  return value ? dateTimeFormat.format(new Date(value)) : "—";
}

/** +254712345678 → +254 712 345 678: easier to read aloud over the phone. */
export function formatPhone(e164: string): string {
  const kenyan = /^\+254(\d{3})(\d{3})(\d{3})$/.exec(e164);
  return kenyan ? `+254 ${kenyan[1]} ${kenyan[2]} ${kenyan[3]}` : e164;
}

export const LANGUAGE_LABELS = { en: "English", sw: "Kiswahili", sheng: "Sheng" } as const;
export type LanguageCode = keyof typeof LANGUAGE_LABELS;

export const CHANNEL_LABELS: Record<string, string> = {
  whatsapp: "WhatsApp",
  sms: "SMS",
  email: "Email",
  facebook: "Facebook",
  instagram: "Instagram",
  tiktok: "TikTok",
  web: "Website chat",
};
