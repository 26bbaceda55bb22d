import type { CampaignStatus } from "./campaign-words";

// A campaign's life: draft → scheduled → active ⇄ paused → completed. Nothing else: a
// completed campaign stays completed, a scheduled one starts rather than going back to draft.
// The job starts scheduled campaigns at their start and completes them at their end.

const NEXT: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ["scheduled"],
  scheduled: ["active"],
  active: ["paused", "completed"],
  paused: ["active", "completed"],
  completed: [],
};

/** What moving to each status is called, for buttons and refusals. */
export const STATUS_VERBS: Record<CampaignStatus, string> = {
  draft: "moved back to draft",
  scheduled: "scheduled",
  active: "started",
  paused: "paused",
  completed: "completed",
};

export function nextStatuses(from: CampaignStatus): readonly CampaignStatus[] {
  return NEXT[from];
}

export function canMove(from: CampaignStatus, to: CampaignStatus): boolean {
  return NEXT[from].includes(to);
}

/** "A completed campaign cannot be paused." */
export function refusalOf(from: CampaignStatus, to: CampaignStatus): string {
  if (from === to) return `The campaign is already ${from}.`;
  const article = from === "active" ? "An" : "A";
  return `${article} ${from} campaign cannot be ${STATUS_VERBS[to]}.`;
}

/** Statuses whose details may still change: not while it runs, never once it is over. */
export const EDITABLE_STATUSES: readonly CampaignStatus[] = ["draft", "scheduled", "paused"];
