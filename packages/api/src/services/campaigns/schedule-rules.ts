import { ValidationError } from "../../errors";
import type { CampaignContent } from "./campaign-fields";
import {
  CAMPAIGN_CHANNEL_LABELS,
  type CampaignChannel,
  type CampaignStatus,
} from "./campaign-words";

/** What a campaign must have before it can be scheduled (or stay scheduled after an edit). */
export interface SchedulableCampaign {
  status: CampaignStatus;
  channels: readonly CampaignChannel[];
  content: CampaignContent;
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * Field by field, what stops `campaign` from being scheduled at `now`: a channel, a message on
 * each channel (and a subject for email), a start in the future and an end after it. A paused
 * campaign has started already, so only its end must still lie ahead.
 */
export function scheduleProblems(campaign: SchedulableCampaign, now: Date) {
  const problems: Record<string, string[]> = {};
  const add = (field: string, message: string) => (problems[field] ??= []).push(message);
  if (campaign.channels.length === 0) add("channels", "Choose at least one channel.");
  for (const channel of campaign.channels) {
    if (!campaign.content[channel]?.trim()) {
      add(`content.${channel}`, `Write the ${CAMPAIGN_CHANNEL_LABELS[channel]} message.`);
    }
  }
  if (campaign.channels.includes("email") && !campaign.content.emailSubject?.trim()) {
    add("content.emailSubject", "Write the email's subject.");
  }
  const { startsAt, endsAt } = campaign;
  if (campaign.status !== "paused") {
    if (!startsAt) add("startsAt", "Choose when the campaign starts.");
    else if (startsAt <= now) add("startsAt", "Choose a start in the future.");
  }
  if (!endsAt) add("endsAt", "Choose when the campaign ends.");
  else if (startsAt && endsAt <= startsAt) add("endsAt", "End after the start.");
  else if (endsAt <= now) add("endsAt", "Choose an end in the future.");
  return problems;
}

export function assertSchedulable(campaign: SchedulableCampaign, now: Date, action: string) {
  const problems = scheduleProblems(campaign, now);
  if (Object.keys(problems).length > 0) {
    throw new ValidationError(
      `The campaign cannot be ${action} yet: see the fields marked.`,
      problems,
    );
  }
}
