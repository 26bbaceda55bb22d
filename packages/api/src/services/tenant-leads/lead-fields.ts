import { z } from "zod";
import { emailField, phoneField } from "../customers/customer-fields";

export const LEAD_STAGES = ["new", "contacted", "qualified", "negotiating", "won", "lost"] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];
export const OPEN_STAGES = ["new", "contacted", "qualified", "negotiating"] as const;

/** Money typed as text ("12500", "12,500.50"): kept exact as a decimal string, never a float. */
export const moneyField = z
  .string()
  .trim()
  .transform((text) => text.replace(/,/g, ""))
  .pipe(
    z
      .string()
      .regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter an amount such as 12500 or 12500.50.")
      .or(z.literal("")),
  )
  .transform((text) => (text === "" ? null : text));

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => (value === "" ? null : value))
    .nullish();

export const leadFields = z.object({
  contactName: z
    .string({ error: "Enter who the lead is." })
    .trim()
    .min(1, "Enter who the lead is.")
    .max(160, "Keep the name under 160 characters."),
  phone: phoneField.nullish().or(z.literal("").transform(() => null)),
  email: emailField,
  customerId: z.uuid().nullish(),
  score: z.coerce
    .number({ error: "Enter a score from 0 to 100." })
    .int("Enter a whole number from 0 to 100.")
    .min(0, "The score is from 0 to 100.")
    .max(100, "The score is from 0 to 100.")
    .default(0),
  value: moneyField.nullish(),
  /** In percent, as people say it; stored as a fraction. */
  probability: z.coerce
    .number()
    .int("Enter a whole percentage.")
    .min(0, "The probability is from 0 to 100 %.")
    .max(100, "The probability is from 0 to 100 %.")
    .nullish(),
  assignedTo: z
    .uuid("Choose a team member.")
    .nullish()
    .or(z.literal("").transform(() => null)),
  followUpAt: z.coerce.date({ error: "Enter a valid date." }).nullish(),
  notes: optionalText(4000, "Keep the notes under 4,000 characters."),
});
export type LeadFields = z.output<typeof leadFields>;

export const createLeadInput = leadFields.extend({
  stage: z.enum(OPEN_STAGES).default("new"),
});
export const updateLeadInput = leadFields.partial().extend({ id: z.uuid() });
export const leadIdInput = z.object({ id: z.uuid() });

export const moveLeadInput = z
  .object({
    id: z.uuid(),
    stage: z.enum(LEAD_STAGES),
    /** Won: what the sale was worth (defaults to the lead's value). */
    conversionValue: moneyField.nullish(),
    /** Won: when it was won (defaults to now). */
    convertedAt: z.coerce.date().nullish(),
    lostReason: optionalText(500, "Keep the reason under 500 characters."),
  })
  .refine((input) => !input.convertedAt || input.convertedAt.getTime() <= Date.now() + 60_000, {
    path: ["convertedAt"],
    message: "A sale cannot be won in the future.",
  });

export const LEAD_SORTS = ["followUpAt", "value", "score", "createdAt"] as const;
export const listLeadsInput = z.object({
  search: z.string().trim().max(120).optional(),
  stage: z.enum(LEAD_STAGES).optional(),
  assignedTo: z.uuid().optional(),
  overdueOnly: z.boolean().optional(),
  sort: z.enum(LEAD_SORTS).default("followUpAt"),
  direction: z.enum(["asc", "desc"]).default("asc"),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(25),
});
export type ListLeadsInput = z.input<typeof listLeadsInput>;
