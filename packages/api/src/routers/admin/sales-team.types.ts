import { z } from "zod";
import { periodInput } from "../../services/sales-performance";
import { SALES_TEAM_ROLES, staffFullName, staffPhone } from "../../services/sales-team";
import { nairobiDateTime } from "./money-input";

export const addTeamMemberInput = z.object({
  fullName: staffFullName,
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(320),
  phone: staffPhone.default(""),
  role: z.enum(SALES_TEAM_ROLES, "Choose sales or support."),
});

export const updateTeamMemberInput = z.object({
  id: z.uuid(),
  fullName: staffFullName,
  phone: staffPhone.default(""),
  role: z.enum(SALES_TEAM_ROLES, "Choose sales or support."),
});

export const teamMemberInput = z.object({ id: z.uuid() });

export const setActiveInput = z.object({ id: z.uuid(), active: z.boolean() });

export const territoryFieldsInput = z.object({
  name: z.string().trim().min(1, "Name the territory.").max(100),
  city: z.string().trim().min(1, "Enter the main town.").max(100),
  assignedTo: z
    .union([z.uuid(), z.literal("")])
    .nullable()
    .default(null)
    .transform((value) => (value ? value : null)),
});

export const updateTerritoryInput = territoryFieldsInput.extend({ id: z.uuid() });

/** A percentage with at most two decimals, 0-100 (numeric(5,2)). */
const percent = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, `Enter the ${label} rate in percent, e.g. 7.5.`)
    .refine((value) => Number(value) <= 100, "At most 100 %.");

export const setRatesInput = z.object({
  salesRepId: z.uuid(),
  setupRate: percent("setup"),
  recurringRate: percent("recurring"),
  effectiveFrom: nairobiDateTime,
});

export const leaderboardInput = z.object({ period: periodInput });
