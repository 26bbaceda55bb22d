import type { ScopedDb } from "@aizalo/db";

/**
 * THE way the API reads a feature flag: the tenant's override when it has one, else the global
 * default, else off (an unknown key is a feature nobody switched on). Works for any actor: RLS
 * shows everyone the global rows and a tenant its own overrides.
 */
export async function isFeatureEnabled(
  db: ScopedDb,
  key: string,
  tenantId: string | null,
): Promise<boolean> {
  const rows = await db.featureFlag.findMany({
    where: { key, OR: [{ tenantId: null }, ...(tenantId ? [{ tenantId }] : [])] },
    select: { tenantId: true, enabled: true },
  });
  const override = tenantId ? rows.find((row) => row.tenantId === tenantId) : undefined;
  return (override ?? rows.find((row) => row.tenantId === null))?.enabled ?? false;
}
