import { z } from "zod";
import { LANGUAGES, phoneField } from "../customers/customer-fields";

// What a business may choose, validated at the edge with messages a form shows field by field.
// Each schema is one form's input: its top-level keys are the form's fields.

/** IANA zones and ISO 4217 codes the runtime knows: nothing else can be shown correctly. */
const TIMEZONES = new Set(Intl.supportedValuesOf("timeZone"));
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `That is too long (at most ${max} characters).`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `That is too long (at most ${max} characters).`)
    .transform((value) => (value === "" ? null : value))
    .nullable();

/**
 * The logo is a link to an image the business already hosts (its website, social page or a
 * photo host), not an upload: no storage service is configured yet, and a unit of work never
 * waits on an upload (DESIGN.md, isolation 5). https only, so the workspace never loads a
 * mixed-content image.
 */
export const logoUrlField = z
  .string()
  .trim()
  .max(500, "That link is too long (at most 500 characters).")
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .url({
        protocol: /^https$/,
        error: "Enter an https:// link to your logo, e.g. https://example.co.ke/logo.png.",
      })
      .nullable(),
  );

export const businessProfileInput = z.object({
  businessName: requiredText("your business name", 200),
  phone: phoneField,
  email: z
    .string({ error: "Enter the business's email address." })
    .trim()
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, e.g. hello@example.co.ke.")),
  address: optionalText(300),
  city: optionalText(100),
  timezone: z.string().refine((zone) => TIMEZONES.has(zone), "Pick a time zone from the list."),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => CURRENCIES.has(code), "Pick a currency from the list, e.g. KES."),
  logoUrl: logoUrlField,
});
export type BusinessProfileInput = z.infer<typeof businessProfileInput>;

export const WEEKDAYS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time as HH:MM, e.g. 08:30.");

/** One day: closed, or open from one time to a later one the same day. */
export const openingDay = z.discriminatedUnion("closed", [
  z.object({ closed: z.literal(true) }),
  z
    .object({ closed: z.literal(false), open: clockTime, close: clockTime })
    .refine((day) => day.close > day.open, {
      message: "Closing time must be after opening time.",
      path: ["close"],
    }),
]);
export type OpeningDay = z.infer<typeof openingDay>;

export const businessHoursInput = z.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, openingDay])) as Record<
    Weekday,
    typeof openingDay
  >,
);
export type BusinessHours = z.infer<typeof businessHoursInput>;

export { LANGUAGES };
export type Language = (typeof LANGUAGES)[number];

export const languagesInput = z
  .object({
    enabled: z.array(z.enum(LANGUAGES)).min(1, "Pick at least one language.").max(LANGUAGES.length),
    primary: z.enum(LANGUAGES, { error: "Pick the language you use most." }),
  })
  .refine((languages) => languages.enabled.includes(languages.primary), {
    message: "The main language must be one of the languages you use.",
    path: ["primary"],
  });
export type LanguageSettings = z.infer<typeof languagesInput>;

export const AI_TONES = ["friendly", "professional", "casual", "formal"] as const;
export const AI_INSTRUCTIONS_MAX = 500;

export const aiToneInput = z.object({
  tone: z.enum(AI_TONES, { error: "Pick a tone." }),
  instructions: z
    .string()
    .trim()
    .max(AI_INSTRUCTIONS_MAX, `Keep instructions under ${AI_INSTRUCTIONS_MAX} characters.`),
});
export type AiToneSettings = z.infer<typeof aiToneInput>;

export const NOTIFICATION_EVENTS = [
  "new_lead",
  "new_message",
  "follow_up_due",
  "campaign_completed",
  "weekly_summary",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
export const NOTIFICATION_CHANNELS = ["email", "sms", "whatsapp"] as const;

const channelsField = z
  .array(z.enum(NOTIFICATION_CHANNELS, { error: "Pick email, SMS or WhatsApp." }))
  .max(NOTIFICATION_CHANNELS.length)
  .transform((channels) => [...new Set(channels)]);

/** For each event, the channels it reaches the business on (none = off). */
export const notificationsInput = z.object(
  Object.fromEntries(NOTIFICATION_EVENTS.map((event) => [event, channelsField])) as Record<
    NotificationEvent,
    typeof channelsField
  >,
);
export type NotificationSettings = z.infer<typeof notificationsInput>;
