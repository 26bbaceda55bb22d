import type { ScopedDb } from "@aizalo/db";
import { ConflictError, NotFoundError } from "../../errors";
import { canMove, refusalOf, STATUS_VERBS } from "./campaign-status";
import { campaignSelect, campaignView } from "./campaign-view";
import type { CampaignStatus } from "./campaign-words";
import { getCampaign } from "./campaigns";
import { assertSchedulable } from "./schedule-rules";

/**
 * Moves a campaign along draft → scheduled → active ⇄ paused → completed. Anything else is
 * refused in words ("A completed campaign cannot be paused.") and changes nothing. Scheduling
 * checks the campaign is ready; starting by hand starts it now; completing by hand ends it now.
 */
export async function changeCampaignStatus(
  db: ScopedDb,
  id: string,
  to: CampaignStatus,
  now = new Date(),
) {
  const current = await db.campaign.findFirst({ where: { id }, select: campaignSelect });
  if (!current) throw new NotFoundError("Campaign");
  const from = current.status;
  if (!canMove(from, to)) throw new ConflictError(refusalOf(from, to));
  if (to === "scheduled") assertSchedulable(campaignView(current), now, STATUS_VERBS.scheduled);
  if (to === "active" && current.endsAt && current.endsAt <= now) {
    throw new ConflictError("Its end has passed: choose a later end before starting it again.");
  }
  const startsEarly = to === "active" && (!current.startsAt || current.startsAt > now);
  const endsEarly = to === "completed" && (!current.endsAt || current.endsAt > now);
  // Only from the status read above: if a job or a colleague moved it meanwhile, nothing changes.
  const moved = await db.campaign.updateMany({
    where: { id, status: from },
    data: {
      status: to,
      ...(startsEarly && { startsAt: now }),
      ...(endsEarly && { endsAt: now }),
    },
  });
  if (moved.count === 0) throw new ConflictError("The campaign changed meanwhile: reload it.");
  return {
    campaign: await getCampaign(db, id),
    changedFields: [
      "status",
      ...(startsEarly ? ["starts_at"] : []),
      ...(endsEarly ? ["ends_at"] : []),
    ],
  };
}
