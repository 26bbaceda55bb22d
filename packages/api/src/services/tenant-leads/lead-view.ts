import type { Prisma } from "@aizalo/db";
import { OPEN_STAGES, type LeadStage } from "./lead-fields";

export const leadSelect = {
  id: true,
  contactName: true,
  phone: true,
  email: true,
  customerId: true,
  stage: true,
  score: true,
  value: true,
  probability: true,
  assignedTo: true,
  followUpAt: true,
  notes: true,
  lostReason: true,
  createdAt: true,
  convertedAt: true,
  customer: { select: { firstName: true, lastName: true } },
  assignedToUser: { select: { fullName: true } },
  sourceCampaign: { select: { name: true } },
} as const satisfies Prisma.LeadSelect;

type LeadRow = Prisma.LeadGetPayload<{ select: typeof leadSelect }>;

/** A lead as the pages show it: money as decimal strings, probability in percent. */
export function leadView(row: LeadRow, now = new Date()) {
  const open = (OPEN_STAGES as readonly LeadStage[]).includes(row.stage);
  return {
    id: row.id,
    contactName:
      row.contactName ??
      ([row.customer?.firstName, row.customer?.lastName].filter(Boolean).join(" ") ||
        "Unnamed lead"),
    phone: row.phone,
    email: row.email,
    customerId: row.customerId,
    stage: row.stage,
    score: row.score,
    value: row.value?.toFixed(2) ?? null,
    probability: row.probability === null ? null : Math.round(row.probability.toNumber() * 100),
    assignedTo: row.assignedTo,
    assigneeName: row.assignedToUser?.fullName ?? null,
    followUpAt: row.followUpAt,
    /** An open lead whose follow-up date has passed. */
    overdue: open && row.followUpAt !== null && row.followUpAt < now,
    notes: row.notes,
    lostReason: row.lostReason,
    sourceCampaign: row.sourceCampaign?.name ?? null,
    createdAt: row.createdAt,
    convertedAt: row.convertedAt,
  };
}
export type LeadView = ReturnType<typeof leadView>;
