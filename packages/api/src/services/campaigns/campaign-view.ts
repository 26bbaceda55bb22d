import type { Prisma } from "@aizalo/db";
import {
  audienceFilter,
  campaignContent,
  type AudienceFilter,
  type CampaignContent,
} from "./campaign-fields";
import { EDITABLE_STATUSES, nextStatuses } from "./campaign-status";
import { CAMPAIGN_CHANNELS, type CampaignChannel } from "./campaign-words";

export const campaignSelect = {
  id: true,
  name: true,
  type: true,
  status: true,
  channels: true,
  content: true,
  targetAudience: true,
  budget: true,
  startsAt: true,
  endsAt: true,
  aiGenerated: true,
  createdAt: true,
  updatedAt: true,
  createdByUser: { select: { fullName: true } },
} as const satisfies Prisma.CampaignSelect;

export type CampaignRow = Prisma.CampaignGetPayload<{ select: typeof campaignSelect }>;

/** A campaign as the pages show it: money as decimal strings, JSON read back into its shapes. */
export function campaignView(row: CampaignRow) {
  const channels = row.channels.filter((channel): channel is CampaignChannel =>
    (CAMPAIGN_CHANNELS as readonly string[]).includes(channel),
  );
  const budget = row.budget?.toFixed(2) ?? null;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    status: row.status,
    channels,
    /** Channels stored by earlier tools that campaigns here cannot reach (e.g. facebook). */
    otherChannels: row.channels.filter((channel) => !channels.includes(channel as CampaignChannel)),
    content: readContent(row.content, channels),
    audience: readAudience(row.targetAudience),
    budget,
    // Until the channels report what sending cost, the spend shown is the budget.
    spend: budget,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    aiGenerated: row.aiGenerated,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdByName: row.createdByUser?.fullName ?? null,
    nextStatuses: [...nextStatuses(row.status)],
    editable: EDITABLE_STATUSES.includes(row.status),
  };
}
export type CampaignView = ReturnType<typeof campaignView>;

/**
 * The messages per channel. Older rows (the demo data) hold one `message` for every channel:
 * it is shown as each channel's text until someone edits it.
 */
export function readContent(json: Prisma.JsonValue, channels: readonly CampaignChannel[]) {
  const parsed = campaignContent.safeParse(json);
  const content: CampaignContent = parsed.success ? parsed.data : {};
  const shared = isObject(json) && typeof json.message === "string" ? json.message : undefined;
  if (shared) for (const channel of channels) content[channel] ??= shared;
  return content;
}

/** The audience as filters; older rows name `languages` (a list) where the editor has one. */
export function readAudience(json: Prisma.JsonValue): AudienceFilter {
  if (!isObject(json)) return {};
  const languages = Array.isArray(json.languages) ? json.languages : [];
  const parsed = audienceFilter.safeParse({ language: languages[0], ...json });
  return parsed.success ? parsed.data : {};
}

function isObject(json: Prisma.JsonValue): json is Prisma.JsonObject {
  return typeof json === "object" && json !== null && !Array.isArray(json);
}
