export const STAGES = ["new", "contacted", "qualified", "negotiating", "won", "lost"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  negotiating: "Negotiating",
  won: "Won",
  lost: "Lost",
};

export const STAGE_TONES: Record<Stage, "neutral" | "primary" | "success" | "danger" | "warning"> =
  {
    new: "neutral",
    contacted: "primary",
    qualified: "primary",
    negotiating: "warning",
    won: "success",
    lost: "danger",
  };
