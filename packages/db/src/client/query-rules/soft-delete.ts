import { softDeletedModels } from "../model-fields";
import type { ModelQuery, QueryArgs } from "./types";

// prettier-ignore
const READS = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
  "count", "aggregate", "groupBy",
]);

/**
 * Reads hide soft-deleted business records unless the query names `deletedAt` itself
 * (e.g. `where: { deletedAt: { not: null } }` for a trash view).
 */
export function hideSoftDeleted({ model, operation, args }: ModelQuery): QueryArgs {
  if (!READS.has(operation) || !softDeletedModels.has(model)) return args;
  const where = (args.where ?? {}) as QueryArgs;
  if ("deletedAt" in where) return args;
  return { ...args, where: { ...where, deletedAt: null } };
}
