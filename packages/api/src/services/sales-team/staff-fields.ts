import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

/** The roles the sales team page manages; owner and admin accounts are the owner's alone. */
export const SALES_TEAM_ROLES = ["sales", "support"] as const;
export type SalesTeamRole = (typeof SALES_TEAM_ROLES)[number];

/**
 * A phone as people type it in Kenya ("0712 345 678", "+254 712 345 678"), stored in E.164.
 * Empty means none.
 */
export const staffPhone = z
  .string()
  .trim()
  .max(30)
  .transform((value, context) => {
    if (value === "") return null;
    const parsed = parsePhoneNumberFromString(value, "KE");
    if (!parsed?.isValid()) {
      context.addIssue({
        code: "custom",
        message: "Enter a valid phone number, e.g. 0712 345 678.",
      });
      return z.NEVER;
    }
    return parsed.number;
  });

export const staffFullName = z.string().trim().min(1, "Enter their name.").max(200);
