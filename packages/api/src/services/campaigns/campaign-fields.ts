import { z } from "zod";
import { customerFilter } from "../customers/customer-filters";
import { moneyField } from "../tenant-leads/lead-fields";
import { CAMPAIGN_CHANNELS, CAMPAIGN_STATUSES, CAMPAIGN_TYPES } from "./campaign-words";
import { variableProblem } from "./message-variables";

/** Who a campaign is for: the customer list's filters (its search box aside). */
export const audienceFilter = customerFilter.omit({ search: true });
export type AudienceFilter = z.infer<typeof audienceFilter>;

/** A message per channel; variables are checked against the known fields (below). */
export const campaignContent = z
  .object({
    whatsapp: z.string().trim().max(4096, "A WhatsApp message is at most 4,096 characters."),
    sms: z.string().trim().max(918, "Keep the SMS within 6 parts (918 characters)."),
    email: z.string().trim().max(20_000, "Keep the email under 20,000 characters."),
    emailSubject: z.string().trim().max(150, "Keep the subject under 150 characters."),
  })
  .partial();
export type CampaignContent = z.infer<typeof campaignContent>;

const campaignFields = z.object({
  name: z
    .string({ error: "Give the campaign a name." })
    .trim()
    .min(1, "Give the campaign a name.")
    .max(120, "Keep the name under 120 characters."),
  type: z.enum(CAMPAIGN_TYPES, { error: "Choose what kind of campaign this is." }),
  channels: z
    .array(z.enum(CAMPAIGN_CHANNELS, { error: "Choose WhatsApp, SMS or email." }))
    .max(CAMPAIGN_CHANNELS.length)
    .transform((channels) => [...new Set(channels)]),
  content: campaignContent,
  audience: audienceFilter,
  budget: moneyField.nullish(),
  startsAt: z.coerce.date({ error: "Enter a valid start date and time." }).nullish(),
  endsAt: z.coerce.date({ error: "Enter a valid end date and time." }).nullish(),
});

type FieldsToCheck = Partial<z.infer<typeof campaignFields>>;

// Field errors are keyed "content.sms" (one path segment), so the form shows each message's
// problem under that message: zod's flattened errors keep only the first segment.
function checkFields(fields: FieldsToCheck, ctx: z.RefinementCtx) {
  for (const key of ["whatsapp", "sms", "email", "emailSubject"] as const) {
    const problem = variableProblem(fields.content?.[key] ?? "");
    if (problem) ctx.addIssue({ code: "custom", path: [`content.${key}`], message: problem });
  }
  if (fields.startsAt && fields.endsAt && fields.endsAt <= fields.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "End after the start." });
  }
}

export const createCampaignInput = campaignFields
  .extend({
    channels: campaignFields.shape.channels.default([]),
    content: campaignContent.default({}),
    audience: audienceFilter.default({}),
  })
  .superRefine(checkFields);
export type CreateCampaignInput = z.input<typeof createCampaignInput>;
export type CampaignFields = z.output<typeof createCampaignInput>;

export const updateCampaignInput = campaignFields
  .partial()
  .extend({ id: z.uuid() })
  .superRefine(checkFields);
export type UpdateCampaignChanges = Omit<z.output<typeof updateCampaignInput>, "id">;

export const campaignIdInput = z.object({ id: z.uuid() });

export const changeCampaignStatusInput = z.object({
  id: z.uuid(),
  to: z.enum(CAMPAIGN_STATUSES, { error: "Choose a status." }),
});

export const listCampaignsInput = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  search: z.string().trim().max(120).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});
export type ListCampaignsInput = z.input<typeof listCampaignsInput>;

export const audiencePreviewInput = z.object({
  channels: campaignFields.shape.channels,
  audience: audienceFilter,
});
export type AudiencePreviewInput = z.output<typeof audiencePreviewInput>;
