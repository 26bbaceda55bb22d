import type { ScopedDb } from "@aizalo/db";

/**
 * A whole number of days from platform_settings (set by the platform owner), or `fallback`
 * when the row is missing or malformed, so a fresh install works before anyone sets it.
 */
export async function settingDays(db: ScopedDb, key: string, fallback: number): Promise<number> {
  const row = await db.platformSetting.findFirst({ where: { key }, select: { value: true } });
  const value = row?.value;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : fallback;
}
