import { z } from "zod";

// What a rep types into the lead forms, checked once at the edge. Optional text fields arrive
// as "" from an empty input: that means "none", stored as NULL.

export const LEAD_STAGES = ["new", "contacted", "demo", "negotiating", "won", "lost"] as const;
export type LeadStage = (typeof LEAD_STAGES)[number];

export const INDUSTRIES = [
  "hotels",
  "restaurants",
  "real_estate",
  "car_dealers",
  "beauty",
  "medical",
  "tech",
  "law",
  "hardware",
] as const;

const blankToNull = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? null : value;

const optionalText = (max: number) =>
  z.preprocess(blankToNull, z.string().trim().max(max, `At most ${max} characters.`).nullish());

/**
 * A Kenyan number as people write it (0712 345 678, 254712345678, +254 712 345678) or any
 * international number with its +code, stored in E.164 as the database requires.
 */
export const phoneNumber = z
  .string()
  .trim()
  .min(1, "Enter a phone number.")
  .transform((raw) => {
    const digits = raw.replace(/[\s\-().]/g, "");
    if (/^0[17]\d{8}$/.test(digits)) return `+254${digits.slice(1)}`;
    if (/^254[17]\d{8}$/.test(digits)) return `+${digits}`;
    return digits;
  })
  .refine((phone) => /^\+[1-9]\d{6,14}$/.test(phone), {
    message: "Enter a phone number like 0712 345 678 or +254 712 345 678.",
  });

/** "YYYY-MM-DD" from a date input. */
export const calendarDate = z.iso.date({ message: "Pick a date." });

/** Expected monthly fee in KES, as typed: digits with at most two decimals. */
const monthlyValue = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter an amount in KES, like 4500 or 4500.50.")
    .nullish(),
);

export const leadFields = z.object({
  businessName: z.string().trim().min(1, "Enter the business's name.").max(200),
  contactName: optionalText(200),
  phone: phoneNumber,
  email: z.preprocess(blankToNull, z.email("Enter a valid email address.").max(254).nullish()),
  industry: z.preprocess(blankToNull, z.enum(INDUSTRIES).nullish()),
  city: optionalText(100),
  territoryId: z.preprocess(blankToNull, z.uuid("Pick a territory.").nullish()),
  value: monthlyValue,
  notes: optionalText(4000),
  nextAction: optionalText(500),
  followUpOn: z.preprocess(blankToNull, calendarDate.nullish()),
});
export type LeadFields = z.infer<typeof leadFields>;

export const createLeadInput = leadFields;
export const updateLeadInput = leadFields.extend({
  leadId: z.uuid(),
  /** Only kept while the lead is lost; the move to "lost" asks for it. */
  lostReason: optionalText(500),
});
export type UpdateLeadInput = z.infer<typeof updateLeadInput>;

export const leadIdInput = z.object({ leadId: z.uuid() });

export const moveLeadInput = z
  .object({
    leadId: z.uuid(),
    stage: z.enum(LEAD_STAGES),
    lostReason: optionalText(500),
  })
  .refine((input) => input.stage !== "lost" || Boolean(input.lostReason), {
    path: ["lostReason"],
    message: "Say why the lead was lost.",
  });
export type MoveLeadInput = z.infer<typeof moveLeadInput>;

export const listLeadsInput = z
  .object({
    stage: z.enum(LEAD_STAGES).optional(),
    search: z.string().trim().max(100).optional(),
  })
  .default({});
