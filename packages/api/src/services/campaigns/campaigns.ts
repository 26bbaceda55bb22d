import type { Prisma, ScopedDb } from "@aizalo/db";
import { ConflictError, NotFoundError, ValidationError } from "../../errors";
import {
  listCampaignsInput,
  type CampaignFields,
  type ListCampaignsInput,
  type UpdateCampaignChanges,
} from "./campaign-fields";
import { campaignSelect, campaignView, readContent } from "./campaign-view";
import { CAMPAIGN_STATUSES } from "./campaign-words";
import { assertSchedulable } from "./schedule-rules";

export async function listCampaigns(db: ScopedDb, input: ListCampaignsInput) {
  const query = listCampaignsInput.parse(input);
  const search = query.search?.trim();
  const where: Prisma.CampaignWhereInput = {
    ...(query.status && { status: query.status }),
    ...(search && { name: { contains: search, mode: "insensitive" } }),
  };
  const [tenant, total, rows, byStatus] = await Promise.all([
    db.tenant.findFirst({ select: { currency: true } }),
    db.campaign.count({ where }),
    db.campaign.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: campaignSelect,
    }),
    db.campaign.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    rows: rows.map(campaignView),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
    currency: tenant?.currency ?? "KES",
    /** Every status with its count, for the filter tabs. */
    counts: CAMPAIGN_STATUSES.map((status) => ({
      status,
      count: byStatus.find((row) => row.status === status)?._count._all ?? 0,
    })),
  };
}

export async function getCampaign(db: ScopedDb, id: string) {
  const [row, tenant] = await Promise.all([
    db.campaign.findFirst({ where: { id }, select: campaignSelect }),
    db.tenant.findFirst({ select: { currency: true } }),
  ]);
  if (!row) throw new NotFoundError("Campaign");
  return { ...campaignView(row), currency: tenant?.currency ?? "KES" };
}

/** A new campaign is a draft; the schedule is checked when it is scheduled. */
export async function createCampaign(
  db: ScopedDb,
  fields: CampaignFields,
  createdBy: string | null,
) {
  const row = await db.campaign.create({
    data: {
      name: fields.name,
      type: fields.type,
      channels: fields.channels,
      content: fields.content,
      targetAudience: fields.audience,
      budget: fields.budget ?? null,
      startsAt: fields.startsAt ?? null,
      endsAt: fields.endsAt ?? null,
      schedule: { timezone: "Africa/Nairobi" },
      createdBy,
    },
    select: campaignSelect,
  });
  return campaignView(row);
}

/**
 * Changes a draft, a scheduled or a paused campaign. A scheduled one must still be ready to
 * run after the change (start ahead, end after it, a message per channel), else nothing changes.
 */
export async function updateCampaign(
  db: ScopedDb,
  id: string,
  changes: UpdateCampaignChanges,
  now = new Date(),
) {
  const current = await db.campaign.findFirst({ where: { id }, select: campaignSelect });
  if (!current) throw new NotFoundError("Campaign");
  const view = campaignView(current);
  if (!view.editable) {
    throw new ConflictError(
      current.status === "active"
        ? "An active campaign cannot be edited: pause it first."
        : `A ${current.status} campaign cannot be edited.`,
    );
  }
  const channels = changes.channels ?? view.channels;
  const merged = {
    status: current.status,
    channels,
    content: changes.content ?? readContent(current.content, channels),
    startsAt: changes.startsAt !== undefined ? changes.startsAt : current.startsAt,
    endsAt: changes.endsAt !== undefined ? changes.endsAt : current.endsAt,
  };
  if (current.status !== "draft") assertSchedulable(merged, now, "saved like this");
  else if (merged.startsAt && merged.endsAt && merged.endsAt <= merged.startsAt) {
    throw new ValidationError("End after the start.", { endsAt: ["End after the start."] });
  }
  // Only while it is still in the status read above: a job starting it meanwhile wins.
  const updated = await db.campaign.updateMany({
    where: { id, status: current.status },
    data: {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.type !== undefined && { type: changes.type }),
      ...(changes.channels !== undefined && { channels: changes.channels }),
      ...(changes.content !== undefined && { content: changes.content }),
      ...(changes.audience !== undefined && { targetAudience: changes.audience }),
      ...(changes.budget !== undefined && { budget: changes.budget }),
      ...(changes.startsAt !== undefined && { startsAt: changes.startsAt }),
      ...(changes.endsAt !== undefined && { endsAt: changes.endsAt }),
    },
  });
  if (updated.count === 0) throw new ConflictError("The campaign changed meanwhile: reload it.");
  return getCampaign(db, id);
}

/** Only drafts are deleted (softly): anything scheduled or run stays on record. */
export async function deleteDraftCampaign(db: ScopedDb, id: string, now = new Date()) {
  const current = await db.campaign.findFirst({ where: { id }, select: { status: true } });
  if (!current) throw new NotFoundError("Campaign");
  const deleted = await db.campaign.updateMany({
    where: { id, status: "draft" },
    data: { deletedAt: now },
  });
  if (deleted.count === 0) {
    throw new ConflictError(`Only a draft can be deleted: this campaign is ${current.status}.`);
  }
  return { id };
}
