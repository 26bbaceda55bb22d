import { formatKes, formatPercent } from "@aizalo/ui";

/** A Decimal (or null) as the overview prints it. */
export type Money = { toFixed(digits: number): string };

export const kes = (amount: Money) => formatKes(amount.toFixed(2));
export const kesOrDash = (amount: Money | null) => (amount ? kes(amount) : "—");
export const percentOrDash = (ratio: Money | null, digits = 1) =>
  ratio ? formatPercent(ratio.toFixed(6), digits) : "—";
/** For charts only (drawing needs numbers); the figures themselves stay Decimals. */
export const chartNumber = (amount: Money) => Number(amount.toFixed(2));

export const STATUS_LABELS = {
  trial: "On trial",
  active: "Active",
  past_due: "Payment overdue",
  canceled: "Cancelled",
  suspended: "Suspended",
} as const;

export const REVENUE_TYPE_LABELS = {
  subscription: "Subscriptions",
  setup: "Setup fees",
  addon: "Add-ons",
  overage: "Overage",
} as const;

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const NAIROBI_MONTH = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Africa/Nairobi",
  year: "numeric",
  month: "2-digit",
});
// "Nov 2026": the picker fits a 360 px phone beside its button.
const MONTH_LABEL = new Intl.DateTimeFormat("en-KE", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** The last `count` Nairobi calendar months, newest first, for the month picker. */
export function recentMonths(now: Date, count = 24): { value: string; label: string }[] {
  const [year = 0, month = 1] = NAIROBI_MONTH.format(now).split("-").map(Number);
  return Array.from({ length: count }, (_, back) => {
    const first = new Date(Date.UTC(year, month - 1 - back, 1));
    const value = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}`;
    return { value, label: MONTH_LABEL.format(first) };
  });
}
