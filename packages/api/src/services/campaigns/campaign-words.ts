// What the campaign pages and the API share, in the business's words. No imports: the web app's
// client components read this module (through "@aizalo/api/campaigns") as well as the server.

export const CAMPAIGN_TYPES = [
  "acquisition",
  "nurture",
  "retention",
  "reactivation",
  "email",
  "sms",
  "whatsapp",
  "social",
  "multi_channel",
] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export const CAMPAIGN_TYPE_LABELS: Record<CampaignType, string> = {
  acquisition: "New customers",
  nurture: "Nurture",
  retention: "Keep customers",
  reactivation: "Win back",
  email: "Email",
  sms: "SMS",
  whatsapp: "WhatsApp",
  social: "Social",
  multi_channel: "Multi-channel",
};

export const CAMPAIGN_STATUSES = ["draft", "scheduled", "active", "paused", "completed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  active: "Active",
  paused: "Paused",
  completed: "Completed",
};

/**
 * The channels a campaign can reach customers on: each has its own marketing consent
 * (customer_consents), and campaigns only ever reach customers who agreed on that channel.
 */
export const CAMPAIGN_CHANNELS = ["whatsapp", "sms", "email"] as const;
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export const CAMPAIGN_CHANNEL_LABELS: Record<CampaignChannel, string> = {
  whatsapp: "WhatsApp",
  sms: "SMS",
  email: "Email",
};
