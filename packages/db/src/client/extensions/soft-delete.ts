import { Prisma } from "../../generated/prisma/client";
import { softDeletedModels } from "../model-fields";

const READS = new Set([
  "findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy",
]);

/**
 * Reads hide soft-deleted business records unless the query names `deletedAt` itself
 * (e.g. `where: { deletedAt: { not: null } }` for a trash view).
 */
export const softDeleteFilter = Prisma.defineExtension({
  name: "soft-delete-filter",
  query: {
    $allModels: {
      $allOperations({ model, operation, args, query }) {
        if (!READS.has(operation) || !softDeletedModels.has(model)) return query(args);
        const where = (args as { where?: Record<string, unknown> }).where ?? {};
        if ("deletedAt" in where) return query(args);
        return query({ ...args, where: { ...where, deletedAt: null } } as typeof args);
      },
    },
  },
});
