import { z } from "zod";
import { COMMISSION_STATUSES } from "../../services/commissions";
import { monthInput } from "../../services/sales-performance";
import { idList, pageInput } from "./money-input";

export const commissionFiltersInput = z.object({
  salesRepId: z.uuid().optional(),
  status: z.enum(COMMISSION_STATUSES).optional(),
  month: monthInput.optional(),
});

export const listCommissionsInput = commissionFiltersInput.extend(pageInput);

export const approveCommissionsInput = z.object({ ids: idList });

export const markCommissionsPaidInput = z.object({
  ids: idList,
  // The M-Pesa or bank reference of the payout, when there is one.
  payoutReference: z
    .string()
    .trim()
    .max(100, "At most 100 characters.")
    .transform((value) => (value === "" ? null : value))
    .default(""),
});
