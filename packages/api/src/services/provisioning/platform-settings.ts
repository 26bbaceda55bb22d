import type { ScopedDb } from "@aizalo/db";

/** Defaults when platform_settings has no row for a key (a fresh install before the owner sets them). */
export const PLATFORM_SETTING_DEFAULTS = {
  "billing.trial_days": 14,
  "demo.account_days": 14,
} as const;

type NumberSetting = keyof typeof PLATFORM_SETTING_DEFAULTS;

/** A whole number of days from platform_settings, or its default when missing or malformed. */
export async function numberSetting(db: ScopedDb, key: NumberSetting): Promise<number> {
  const row = await db.platformSetting.findFirst({ where: { key }, select: { value: true } });
  const value = row?.value;
  return typeof value === "number" && Number.isInteger(value) && value > 0
    ? value
    : PLATFORM_SETTING_DEFAULTS[key];
}

/** The monthly fee of a plan from `billing.plans` (KES), as a decimal string; "0" when unset. */
export async function planFee(db: ScopedDb, plan: string): Promise<string> {
  const row = await db.platformSetting.findFirst({
    where: { key: "billing.plans" },
    select: { value: true },
  });
  const plans = row?.value;
  if (plans && typeof plans === "object" && !Array.isArray(plans)) {
    const fee = (plans as Record<string, unknown>)[plan];
    if (typeof fee === "number" && fee >= 0) return fee.toFixed(2);
    if (typeof fee === "string" && /^\d+(\.\d{1,2})?$/.test(fee)) return fee;
  }
  return "0";
}
