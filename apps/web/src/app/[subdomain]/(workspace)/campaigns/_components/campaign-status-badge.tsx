import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from "@aizalo/api/campaigns";
import { Badge } from "@aizalo/ui";

const TONES: Record<CampaignStatus, "neutral" | "primary" | "success" | "warning"> = {
  draft: "neutral",
  scheduled: "primary",
  active: "success",
  paused: "warning",
  completed: "neutral",
};

/** The campaign's status in a word; the colour only helps. */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <Badge tone={TONES[status]}>{CAMPAIGN_STATUS_LABELS[status]}</Badge>;
}
