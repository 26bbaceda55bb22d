import { z } from "zod";

export const SUBSCRIPTION_STATUSES = [
  "trial",
  "active",
  "past_due",
  "canceled",
  "suspended",
] as const;
export const SUBSCRIPTION_PLANS = ["starter", "professional", "growth"] as const;
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
export const TENANT_SORTS = [
  "name",
  "status",
  "plan",
  "fee",
  "city",
  "createdAt",
  "lastActivity",
] as const;

export const listTenantsInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(25),
  sort: z.enum(TENANT_SORTS).default("name"),
  desc: z.boolean().default(false),
  search: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((value) => value || undefined),
  filters: z
    .object({
      status: z.enum(SUBSCRIPTION_STATUSES).optional(),
      plan: z.enum(SUBSCRIPTION_PLANS).optional(),
      tier: z.number().int().min(1).max(3).optional(),
      industry: z.enum(INDUSTRIES).optional(),
      city: z.string().trim().min(1).max(100).optional(),
      salesRepId: z.union([z.uuid(), z.literal("unassigned")]).optional(),
    })
    .default({}),
});
export type ListTenantsInput = z.output<typeof listTenantsInput>;

export const tenantIdInput = z.object({ tenantId: z.uuid() });

/** KES with at most two decimals, as typed in a form ("4500" or "4,500.50"). */
const kesAmount = z
  .string()
  .trim()
  .transform((value) => value.replace(/,/g, ""))
  .pipe(z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter an amount in KES, like 4500 or 4500.50"));

export const changePlanInput = z.object({
  tenantId: z.uuid(),
  plan: z.enum(SUBSCRIPTION_PLANS),
  monthlyFee: kesAmount,
  reason: z.string().trim().max(500).optional(),
});
export type ChangePlanInput = z.output<typeof changePlanInput>;

export const assignStaffInput = z.object({
  tenantId: z.uuid(),
  /** null leaves the tenant without a rep (or support person). */
  salesRepId: z.uuid().nullable(),
  supportId: z.uuid().nullable(),
});
export type AssignStaffInput = z.output<typeof assignStaffInput>;

const reason = z
  .string()
  .trim()
  .min(10, "Say why, in at least 10 characters.")
  .max(500, "Keep the reason under 500 characters.");

export const suspendInput = z.object({ tenantId: z.uuid(), reason });
export const reactivateInput = z.object({ tenantId: z.uuid(), reason });

export const addNoteInput = z.object({
  tenantId: z.uuid(),
  body: z.string().trim().min(1, "Write the note first.").max(2000),
});
