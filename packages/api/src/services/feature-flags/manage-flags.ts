import type { ScopedDb } from "@aizalo/db";
import { NotFoundError } from "../../errors";

/** Every flag with its global default and the tenants that override it. */
export async function listFeatureFlags(db: ScopedDb) {
  const rows = await db.featureFlag.findMany({
    orderBy: [{ key: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      key: true,
      description: true,
      enabled: true,
      tenantId: true,
      updatedAt: true,
      tenant: { select: { businessName: true, subdomain: true } },
    },
  });
  const globals = rows.filter((row) => row.tenantId === null);
  return globals.map((flag) => ({
    id: flag.id,
    key: flag.key,
    description: flag.description,
    enabled: flag.enabled,
    updatedAt: flag.updatedAt,
    overrides: rows
      .filter((row) => row.key === flag.key && row.tenantId !== null && row.tenant)
      .map((row) => ({
        id: row.id,
        tenantId: row.tenantId!,
        businessName: row.tenant!.businessName,
        subdomain: row.tenant!.subdomain,
        enabled: row.enabled,
      })),
  }));
}

async function globalFlag(db: ScopedDb, key: string) {
  const flag = await db.featureFlag.findFirst({
    where: { key, tenantId: null },
    select: { id: true },
  });
  if (!flag) throw new NotFoundError("Feature flag");
  return flag;
}

/** Turns a flag on or off for every tenant without an override of its own. */
export async function setGlobalFlag(db: ScopedDb, input: { key: string; enabled: boolean }) {
  const flag = await globalFlag(db, input.key);
  await db.featureFlag.update({
    where: { id: flag.id },
    data: { enabled: input.enabled },
    select: { id: true },
  });
  return { id: flag.id };
}

/** A new flag, off by default until someone turns it on. */
export async function createFlag(db: ScopedDb, input: { key: string; description: string }) {
  return db.featureFlag.create({
    data: { key: input.key, description: input.description, enabled: false, tenantId: null },
    select: { id: true },
  });
}

/** One tenant's own setting for a flag, whatever the global default says. */
export async function setTenantOverride(
  db: ScopedDb,
  input: { key: string; tenantId: string; enabled: boolean },
) {
  await globalFlag(db, input.key);
  const tenant = await db.tenant.findFirst({ where: { id: input.tenantId }, select: { id: true } });
  if (!tenant) throw new NotFoundError("Tenant");
  const existing = await db.featureFlag.findFirst({
    where: { key: input.key, tenantId: tenant.id },
    select: { id: true },
  });
  if (existing) {
    await db.featureFlag.update({
      where: { id: existing.id },
      data: { enabled: input.enabled },
      select: { id: true },
    });
    return { id: existing.id };
  }
  return db.featureFlag.create({
    data: { key: input.key, tenantId: tenant.id, enabled: input.enabled },
    select: { id: true },
  });
}

/** Back to the global default for this tenant. */
export async function removeTenantOverride(db: ScopedDb, input: { key: string; tenantId: string }) {
  const existing = await db.featureFlag.findFirst({
    where: { key: input.key, tenantId: input.tenantId },
    select: { id: true },
  });
  if (!existing) throw new NotFoundError("Override");
  await db.featureFlag.delete({ where: { id: existing.id }, select: { id: true } });
  return { id: existing.id };
}
