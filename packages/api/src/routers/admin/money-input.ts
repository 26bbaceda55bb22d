import { z } from "zod";

/**
 * KES as people type it ("12,500", "12500.5"): commas and spaces dropped, then at most ten
 * digits before the point and two after (numeric(12,2)), above zero. Stays a string: money
 * never passes through a float.
 */
export const kesAmount = z
  .string()
  .transform((value) => value.replace(/[,\s]/g, ""))
  .pipe(
    z
      .string()
      .regex(/^\d{1,10}(\.\d{1,2})?$/, "Enter the amount in KES, e.g. 12500 or 12500.50.")
      .refine((value) => Number(value) > 0, "Enter an amount above zero."),
  );

/**
 * A date and time in Nairobi as a datetime-local field sends it ("2026-11-26T14:30"), as an
 * instant. Nairobi is UTC+3 all year.
 */
export const nairobiDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose the date and time.")
  .transform((value, context) => {
    const at = new Date(`${value}:00+03:00`);
    if (Number.isNaN(at.getTime())) {
      context.addIssue({ code: "custom", message: "Choose a real date." });
      return z.NEVER;
    }
    return at;
  });

/** One id or many (bulk actions), at most a page's worth at a time. */
export const idList = z.array(z.uuid()).min(1, "Choose at least one.").max(500);

export const pageInput = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};
