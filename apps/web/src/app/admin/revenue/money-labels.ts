import { nairobiInputValue } from "../../../lib/nairobi-time";

/** The words and formats the revenue and sales team pages share. */
export const REVENUE_TYPE_LABELS = {
  subscription: "Subscription",
  setup: "Setup fee",
  addon: "Add-on",
  overage: "Overage",
} as const;

export const PAYMENT_METHOD_LABELS = {
  mpesa: "M-Pesa",
  bank: "Bank transfer",
  card: "Card",
  cash: "Cash",
} as const;

export const COMMISSION_STATUS_LABELS = {
  pending: "Pending",
  approved: "Approved",
  paid: "Paid",
} as const;

export const COMMISSION_STATUS_TONES = {
  pending: "warning",
  approved: "primary",
  paid: "success",
} as const;

export type RevenueTypeKey = keyof typeof REVENUE_TYPE_LABELS;
export type PaymentMethodKey = keyof typeof PAYMENT_METHOD_LABELS;
export type CommissionStatusKey = keyof typeof COMMISSION_STATUS_LABELS;

/** "2026-11" for the Nairobi month of an instant. */
export function nairobiMonth(at: Date): string {
  return nairobiInputValue(at).slice(0, 7);
}

/** "2026-11" moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, number = 1] = month.split("-").map(Number);
  const first = new Date(Date.UTC(year, number - 1 + delta, 1));
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, "0")}`;
}

const MONTH_LABEL = new Intl.DateTimeFormat("en-KE", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "Nov 2026" */
export function monthLabel(month: string): string {
  const [year = 0, number = 1] = month.split("-").map(Number);
  return MONTH_LABEL.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** The last `count` months up to `latest`, newest first, for month pickers. */
export function monthOptions(latest: string, count = 36): { value: string; label: string }[] {
  return Array.from({ length: count }, (_, back) => {
    const value = shiftMonth(latest, -back);
    return { value, label: monthLabel(value) };
  });
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
