import { z } from "zod";
import { PAYMENT_METHODS, REVENUE_TYPES } from "../../services/commissions";
import { monthInput, periodInput } from "../../services/sales-performance";
import { kesAmount, nairobiDateTime, pageInput } from "./money-input";

const reference = z
  .string()
  .trim()
  .max(100, "At most 100 characters.")
  .transform((value) => (value === "" ? null : value.toUpperCase()));

export const recordPaymentInput = z.object({
  tenantId: z.uuid("Choose the business that paid."),
  amount: kesAmount,
  type: z.enum(REVENUE_TYPES, "Choose what the payment is for."),
  paymentMethod: z.enum(PAYMENT_METHODS, "Choose how it was paid."),
  paymentReference: reference,
  paidAt: nairobiDateTime,
  description: z.string().trim().max(500).optional(),
});

export const refundPaymentInput = z.object({
  revenueId: z.uuid(),
  amount: kesAmount,
  paymentMethod: z.enum(PAYMENT_METHODS, "Choose how it was given back."),
  paymentReference: reference,
  paidAt: nairobiDateTime,
  description: z.string().trim().max(500).optional(),
});

export const revenueByMonthInput = z
  .object({ from: monthInput, to: monthInput })
  .refine((range) => range.from <= range.to, {
    message: "The last month comes after the first.",
    path: ["to"],
  })
  .refine(
    (range) => {
      const months = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7));
      return months(range.to) - months(range.from) < 36;
    },
    { message: "Choose at most 36 months.", path: ["from"] },
  );

export const revenueFiltersInput = z.object({
  period: periodInput,
  tenantId: z.uuid().optional(),
  type: z.enum(REVENUE_TYPES).optional(),
  paymentMethod: z.enum(PAYMENT_METHODS).optional(),
});

export const listRevenueInput = revenueFiltersInput.extend(pageInput);

export const businessSearchInput = z.object({ search: z.string().trim().max(100).default("") });

export const exportRevenueInput = z
  .object({
    from: monthInput,
    to: monthInput,
    type: z.enum(REVENUE_TYPES).optional(),
    paymentMethod: z.enum(PAYMENT_METHODS).optional(),
  })
  .refine((range) => range.from <= range.to, {
    message: "The last month comes after the first.",
    path: ["to"],
  });
