import type { ScopedDb } from "@aizalo/db";

/** Where a business's "login as tenant" opt-out lives (tenant_settings). */
export const PLATFORM_ACCESS_SETTING = {
  category: "privacy",
  key: "allow_platform_login",
} as const;

/** Allowed unless the business turned it off: absent means the platform default (allowed). */
export async function platformLoginAllowed(db: ScopedDb, tenantId: string): Promise<boolean> {
  const setting = await db.tenantSetting.findFirst({
    where: { tenantId, ...PLATFORM_ACCESS_SETTING },
    select: { value: true },
  });
  return setting?.value !== false;
}

/** The business's own view: the switch, and the recent times Aizalo's owner logged in. */
export async function platformAccessFor(db: ScopedDb, tenantId: string) {
  const [allowPlatformLogin, recentSessions] = await Promise.all([
    platformLoginAllowed(db, tenantId),
    db.impersonationSession.findMany({
      where: { tenantId },
      select: {
        id: true,
        reason: true,
        allowChanges: true,
        startedAt: true,
        expiresAt: true,
        endedAt: true,
      },
      orderBy: { startedAt: "desc" },
      take: 10,
    }),
  ]);
  return { allowPlatformLogin, recentSessions };
}

export async function setPlatformLogin(db: ScopedDb, tenantId: string, allowed: boolean) {
  await db.tenantSetting.upsert({
    where: { tenantId_category_key: { tenantId, ...PLATFORM_ACCESS_SETTING } },
    create: { ...PLATFORM_ACCESS_SETTING, value: allowed },
    update: { value: allowed },
    select: { id: true },
  });
  return { allowPlatformLogin: allowed };
}
