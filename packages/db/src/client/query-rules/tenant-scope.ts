import { tenantKeyOf } from "../model-fields";
import type { ModelQuery, QueryArgs } from "./types";

export class TenantScopeError extends Error {
  override readonly name = "TenantScopeError";
}

// prettier-ignore
const FILTERED = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
  "count", "aggregate", "groupBy",
  "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert",
]);
const CREATING = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

/**
 * Confines a tenant-scoped unit of work's query to its tenant: the tenant id is added to
 * `where` and written into created rows. RLS enforces the same in PostgreSQL; this rule makes
 * the intent explicit, lets PostgreSQL use the indexes that lead with tenant_id, and fails
 * loudly on a mismatch instead of returning nothing.
 */
export function scopeToTenant(query: ModelQuery, tenantId: string | undefined): QueryArgs {
  const { model, operation, args } = query;
  const key = tenantKeyOf.get(model);
  if (!tenantId || !key) return args;
  const scoped: QueryArgs = { ...args };
  if (FILTERED.has(operation)) scoped.where = withTenant(scoped.where, key, tenantId, model);
  if (CREATING.has(operation)) {
    const field = operation === "upsert" ? "create" : "data";
    const rows = scoped[field];
    scoped[field] = Array.isArray(rows)
      ? rows.map((row: unknown) => withTenant(row, key, tenantId, model))
      : withTenant(rows, key, tenantId, model);
  }
  return scoped;
}

function withTenant(
  target: unknown,
  key: "id" | "tenantId",
  tenantId: string,
  model: string,
): QueryArgs {
  const record: QueryArgs = typeof target === "object" && target !== null ? { ...target } : {};
  if ("tenant" in record) {
    throw new TenantScopeError(`${model}: do not connect a tenant; the unit of work sets it`);
  }
  const given = record[key];
  if (given !== undefined && given !== tenantId) {
    throw new TenantScopeError(`${model}: ${key} does not match the unit of work's tenant`);
  }
  record[key] = tenantId;
  return record;
}
