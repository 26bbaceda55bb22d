import { z } from "zod";
import { normalizePhone } from "../phone";

export const LANGUAGES = ["en", "sw", "sheng"] as const;
export const LANGUAGE_LABELS: Record<(typeof LANGUAGES)[number], string> = {
  en: "English",
  sw: "Kiswahili",
  sheng: "Sheng",
};
/** The channels marketing may use, each with its own consent. */
export const CONSENT_CHANNELS = ["whatsapp", "sms", "email"] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

/** A phone as typed → E.164, or a field error in the person's words. */
export const phoneField = z
  .string({ error: "Enter a phone number." })
  .max(40, "That is too long for a phone number.")
  .transform((typed, ctx) => {
    const result = normalizePhone(typed);
    if (result.ok) return result.e164;
    ctx.addIssue({ code: "custom", message: result.problem });
    return z.NEVER;
  });

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === "" ? null : value))
    .nullish();

export const emailField = z
  .string()
  .trim()
  .max(320, "That email address is too long.")
  .transform((value) => (value === "" ? null : value.toLowerCase()))
  .pipe(z.email("Enter a valid email address, e.g. wanjiru@example.co.ke.").nullable())
  .nullish();

/** Tags: short words the business chooses; duplicates and blanks dropped. */
export const tagsField = z
  .array(z.string().trim().toLowerCase().max(40, "Keep each tag under 40 characters."))
  .max(20, "At most 20 tags.")
  .transform((tags) => [...new Set(tags.filter((tag) => tag !== ""))]);

/** What a person types into the customer form (or a CSV row): validated at the edge. */
export const customerFields = z.object({
  firstName: z
    .string({ error: "Enter the customer's first name." })
    .trim()
    .min(1, "Enter the customer's first name.")
    .max(80, "Keep the first name under 80 characters."),
  lastName: optionalText(80, "Keep the last name under 80 characters."),
  phone: phoneField,
  email: emailField,
  languagePreference: z
    .enum(LANGUAGES, { error: "Choose English, Kiswahili or Sheng." })
    .default("en"),
  location: optionalText(200, "Keep the location under 200 characters."),
  tags: tagsField.default([]),
  acquisitionChannel: optionalText(60, "Keep the channel under 60 characters."),
});

export type CustomerFields = z.output<typeof customerFields>;

export const createCustomerInput = customerFields;
export const updateCustomerInput = customerFields.partial().extend({ id: z.uuid() });
export const customerIdInput = z.object({ id: z.uuid() });
