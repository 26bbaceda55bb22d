import { formatKes as formatKesExactly } from "@aizalo/ui";

// How the sales app writes money, dates and stages. Money arrives as a Decimal (or its string)
// and is formatted from its digits, never through a float.

type Money = { toFixed(places: number): string } | string | null | undefined;

/** "KES 12,500" (cents only when there are some), or a dash for no amount. */
export function formatKes(amount: Money): string {
  if (amount === null || amount === undefined) return "—";
  return formatKesExactly(typeof amount === "string" ? amount : amount.toFixed(2));
}

/** Exact sum of amounts, in whole cents (BigInt), back as a "1234.50" string. */
export function sumKes(amounts: readonly Money[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    if (amount === null || amount === undefined) continue;
    const fixed = typeof amount === "string" ? amount : amount.toFixed(2);
    const [whole = "0", fraction = ""] = fixed.split(".");
    const sign = whole.startsWith("-") ? -1n : 1n;
    const units = BigInt(whole.replace("-", "") || "0") * 100n;
    cents += sign * (units + BigInt(fraction.padEnd(2, "0").slice(0, 2)));
  }
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const NAIROBI = "Africa/Nairobi";
const dateFormat = new Intl.DateTimeFormat("en-KE", {
  timeZone: NAIROBI,
  day: "numeric",
  month: "short",
  year: "numeric",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-KE", {
  timeZone: NAIROBI,
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

export const formatDate = (at: Date | null | undefined) => (at ? dateFormat.format(at) : "—");
export const formatDateTime = (at: Date | null | undefined) =>
  at ? dateTimeFormat.format(at) : "—";

/** "YYYY-MM-DD" of an instant in Nairobi, for date inputs. */
export function nairobiDateInput(at: Date | null | undefined): string {
  if (!at) return "";
  return new Date(at.getTime() + 3 * 3600_000).toISOString().slice(0, 10);
}

export const STAGES = ["new", "contacted", "demo", "negotiating", "won", "lost"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  new: "New",
  contacted: "Contacted",
  demo: "Demo",
  negotiating: "Negotiating",
  won: "Won",
  lost: "Lost",
};

export const STAGE_TONES = {
  new: "neutral",
  contacted: "primary",
  demo: "primary",
  negotiating: "warning",
  won: "success",
  lost: "danger",
} as const satisfies Record<Stage, string>;

export const INDUSTRY_LABELS: Record<string, string> = {
  hotels: "Hotel",
  restaurants: "Restaurant",
  real_estate: "Real estate",
  car_dealers: "Car dealer",
  beauty: "Beauty",
  medical: "Medical",
  tech: "Tech",
  law: "Law firm",
  hardware: "Hardware",
};

export const STATUS_LABELS: Record<string, string> = {
  trial: "Trial",
  active: "Active",
  past_due: "Past due",
  canceled: "Canceled",
  suspended: "Suspended",
};

export const STATUS_TONES = {
  trial: "primary",
  active: "success",
  past_due: "warning",
  canceled: "neutral",
  suspended: "danger",
} as const;

export const PLAN_LABELS: Record<string, string> = {
  starter: "Starter",
  professional: "Professional",
  growth: "Growth",
};

export const DEMO_STATUS_LABELS: Record<string, string> = {
  scheduled: "Scheduled",
  held: "Held",
  no_show: "No-show",
  cancelled: "Cancelled",
};
