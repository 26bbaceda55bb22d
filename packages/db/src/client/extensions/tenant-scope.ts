import { Prisma } from "../../generated/prisma/client";
import { tenantKeyOf } from "../model-fields";
import { unitOfWorkContext } from "../unit-of-work-context";

export class TenantScopeError extends Error {
  override readonly name = "TenantScopeError";
}

const FILTERED = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
  "count", "aggregate", "groupBy",
  "update", "updateMany", "updateManyAndReturn", "delete", "deleteMany", "upsert",
]);
const CREATING = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

type Args = Record<string, unknown>;

/**
 * Confines every query of a tenant-scoped unit of work to its tenant: the tenant id is added
 * to `where` and written into created rows. RLS enforces the same in PostgreSQL; this layer
 * makes the intent explicit and fails loudly on a mismatch instead of returning nothing.
 */
export const tenantScope = Prisma.defineExtension({
  name: "tenant-scope",
  query: {
    $allModels: {
      $allOperations({ model, operation, args, query }) {
        const tenantId = unitOfWorkContext.getStore()?.tenantId;
        const key = tenantKeyOf.get(model);
        if (!tenantId || !key) return query(args);
        const scoped: Args = { ...(args as Args) };
        if (FILTERED.has(operation)) scoped.where = withTenant(scoped.where, key, tenantId, model);
        if (CREATING.has(operation)) {
          const field = operation === "upsert" ? "create" : "data";
          scoped[field] = Array.isArray(scoped[field])
            ? (scoped[field] as unknown[]).map((row) => withTenant(row, key, tenantId, model))
            : withTenant(scoped[field], key, tenantId, model);
        }
        return query(scoped as typeof args);
      },
    },
  },
});

function withTenant(target: unknown, key: "id" | "tenantId", tenantId: string, model: string): Args {
  const record: Args = typeof target === "object" && target !== null ? { ...(target as Args) } : {};
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
