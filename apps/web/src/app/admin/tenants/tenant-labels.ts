/** The words the admin pages use for a tenant's states, in one place. */
export const STATUS_LABELS: Record<string, string> = {
  trial: "On trial",
  active: "Active",
  past_due: "Payment overdue",
  canceled: "Cancelled",
  suspended: "Suspended",
};

export const STATUS_TONES: Record<
  string,
  "neutral" | "primary" | "success" | "warning" | "danger"
> = {
  trial: "primary",
  active: "success",
  past_due: "warning",
  canceled: "neutral",
  suspended: "danger",
};

export const PLAN_LABELS: Record<string, string> = {
  starter: "Starter",
  professional: "Professional",
  growth: "Growth",
};

export const INDUSTRY_LABELS: Record<string, string> = {
  hotels: "Hotel",
  restaurants: "Restaurant",
  real_estate: "Real estate",
  car_dealers: "Car dealer",
  beauty: "Beauty & spa",
  medical: "Medical clinic",
  tech: "Tech shop",
  law: "Law firm",
  hardware: "Hardware store",
};

const kes = new Intl.NumberFormat("en-KE", {
  style: "currency",
  currency: "KES",
  minimumFractionDigits: 0,
  maximumFractionDigits: 2,
});

/** A Decimal (or its string) as KES; formatting only, the arithmetic stays on the server. */
export function formatKes(amount: { toString(): string } | string): string {
  return kes.format(Number(amount.toString()));
}

const dateTime = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Africa/Nairobi",
});
const dateOnly = new Intl.DateTimeFormat("en-KE", {
  dateStyle: "medium",
  timeZone: "Africa/Nairobi",
});

/** Nairobi time, as the platform's people read it. */
export function formatWhen(at: Date | null | undefined, withTime = true): string {
  if (!at) return "—";
  return (withTime ? dateTime : dateOnly).format(at);
}
