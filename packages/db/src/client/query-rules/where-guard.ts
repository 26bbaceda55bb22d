import { Prisma } from "../../generated/prisma/client";
import type { ModelQuery, QueryArgs } from "./types";

export class UndefinedWhereValueError extends Error {
  override readonly name = "UndefinedWhereValueError";
  constructor(model: string, operation: string, path: string) {
    super(
      `${model}.${operation}: where.${path} is undefined; an undefined filter would widen the query`,
    );
  }
}

/**
 * Refuses `where` values that are `undefined`: Prisma drops those keys silently, so
 * `{ id: input.id }` with a missing id would match every row.
 */
export function refuseUndefinedWhere({ model, operation, args }: ModelQuery): QueryArgs {
  if ("where" in args) {
    const undefinedPath = findUndefined(args.where, "");
    if (undefinedPath !== null) throw new UndefinedWhereValueError(model, operation, undefinedPath);
  }
  return args;
}

function findUndefined(value: unknown, path: string): string | null {
  if (value === undefined) return path || "(root)";
  if (
    value === null ||
    typeof value !== "object" ||
    value instanceof Date ||
    Prisma.Decimal.isDecimal(value)
  ) {
    return null;
  }
  for (const [key, nested] of Object.entries(value)) {
    const found = findUndefined(nested, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}
