import type { CampaignChannel, CampaignType } from "@aizalo/api/campaigns";
import { fromNairobiInput, nairobiInputValue } from "../../../../../lib/nairobi-time";

// The editor's form as plain strings (what the inputs hold), and how it becomes API input.

export const LAST_ACTIVE_LABELS = {
  "7d": "In the last 7 days",
  "30d": "In the last 30 days",
  "90d": "In the last 90 days",
  inactive90d: "Not for 90 days or more",
  never: "Never",
} as const;
export type LastActive = keyof typeof LAST_ACTIVE_LABELS;
export type Language = "en" | "sw" | "sheng";

export interface AudienceDraft {
  tags: string;
  language: Language | "";
  location: string;
  lastActive: LastActive | "";
  acquisitionChannel: string;
  minLifetimeValue: string;
  maxLifetimeValue: string;
}

export interface EditorState {
  name: string;
  type: CampaignType;
  budget: string;
  channels: CampaignChannel[];
  content: { whatsapp: string; sms: string; email: string; emailSubject: string };
  audience: AudienceDraft;
  startsAt: string;
  endsAt: string;
}

/** What the API sends back for a campaign (the part the editor reads). */
export interface StoredCampaign {
  name: string;
  type: CampaignType;
  budget: string | null;
  channels: CampaignChannel[];
  content: Partial<EditorState["content"]>;
  audience: {
    tags?: string[] | undefined;
    language?: Language | undefined;
    location?: string | undefined;
    lastActive?: LastActive | undefined;
    acquisitionChannel?: string | undefined;
    minLifetimeValue?: string | undefined;
    maxLifetimeValue?: string | undefined;
  };
  startsAt: Date | null;
  endsAt: Date | null;
}

export function editorStateOf(campaign: StoredCampaign | undefined): EditorState {
  const audience = campaign?.audience ?? {};
  return {
    name: campaign?.name ?? "",
    type: campaign?.type ?? "retention",
    budget: campaign?.budget ?? "",
    channels: campaign?.channels ?? ["whatsapp"],
    content: {
      whatsapp: campaign?.content.whatsapp ?? "",
      sms: campaign?.content.sms ?? "",
      email: campaign?.content.email ?? "",
      emailSubject: campaign?.content.emailSubject ?? "",
    },
    audience: {
      tags: (audience.tags ?? []).join(", "),
      language: audience.language ?? "",
      location: audience.location ?? "",
      lastActive: audience.lastActive ?? "",
      acquisitionChannel: audience.acquisitionChannel ?? "",
      minLifetimeValue: audience.minLifetimeValue ?? "",
      maxLifetimeValue: audience.maxLifetimeValue ?? "",
    },
    startsAt: campaign?.startsAt ? nairobiInputValue(campaign.startsAt) : "",
    endsAt: campaign?.endsAt ? nairobiInputValue(campaign.endsAt) : "",
  };
}

/** The audience as the API's filter: empty boxes are left out. */
export function audienceInput(draft: AudienceDraft) {
  const tags = draft.tags
    .split(",")
    .map((tag) => tag.trim().toLowerCase())
    .filter(Boolean);
  return {
    ...(tags.length > 0 && { tags }),
    ...(draft.language && { language: draft.language }),
    ...(draft.location.trim() && { location: draft.location.trim() }),
    ...(draft.lastActive && { lastActive: draft.lastActive }),
    ...(draft.acquisitionChannel.trim() && { acquisitionChannel: draft.acquisitionChannel.trim() }),
    ...(draft.minLifetimeValue.trim() && { minLifetimeValue: draft.minLifetimeValue.trim() }),
    ...(draft.maxLifetimeValue.trim() && { maxLifetimeValue: draft.maxLifetimeValue.trim() }),
  };
}

export function campaignInput(state: EditorState) {
  // Only the messages of the chosen channels are kept (a subject goes with email).
  const content = {
    ...(state.channels.includes("whatsapp") && { whatsapp: state.content.whatsapp }),
    ...(state.channels.includes("sms") && { sms: state.content.sms }),
    ...(state.channels.includes("email") && {
      email: state.content.email,
      emailSubject: state.content.emailSubject,
    }),
  };
  return {
    name: state.name,
    type: state.type,
    budget: state.budget,
    channels: state.channels,
    content,
    audience: audienceInput(state.audience),
    startsAt: fromNairobiInput(state.startsAt),
    endsAt: fromNairobiInput(state.endsAt),
  };
}
