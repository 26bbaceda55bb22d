import type { Prisma, ScopedDb } from "@aizalo/db";
import type { z } from "zod";

/**
 * tenant_settings holds one row per (category, key) with a JSON value. A category is read as a
 * record of its keys; a stored value that no longer fits its schema (an older shape) falls back
 * to the default for that key rather than breaking the page.
 */
export async function readCategory<Shape extends Record<string, unknown>>(
  db: ScopedDb,
  category: string,
  schemas: { [Key in keyof Shape]: z.ZodType<Shape[Key]> },
  defaults: Shape,
): Promise<Shape> {
  const rows = await db.tenantSetting.findMany({
    where: { category },
    select: { key: true, value: true },
  });
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const result = { ...defaults };
  for (const key of Object.keys(schemas) as (keyof Shape & string)[]) {
    if (!stored.has(key)) continue;
    const parsed = schemas[key].safeParse(stored.get(key));
    if (parsed.success) result[key] = parsed.data;
  }
  return result;
}

/**
 * Upserts every key of `values` under `category`, in the caller's unit of work (all or nothing),
 * and answers the keys whose value changed, for the audit row.
 */
export async function writeCategory(
  db: ScopedDb,
  tenantId: string,
  category: string,
  values: Readonly<Record<string, Prisma.InputJsonValue>>,
): Promise<string[]> {
  const before = await db.tenantSetting.findMany({
    where: { category },
    select: { key: true, value: true },
  });
  const previous = new Map(before.map((row) => [row.key, canonical(row.value)]));
  const changed: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (previous.get(key) === canonical(value)) continue;
    changed.push(`${category}.${key}`);
    await db.tenantSetting.upsert({
      where: { tenantId_category_key: { tenantId, category, key } },
      create: { category, key, value },
      update: { value },
      select: { id: true },
    });
  }
  return changed;
}

/** JSON with object keys sorted: jsonb returns keys in its own order, not the one written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
