import type { AnyProcedure } from "@trpc/server";
import { appRouter } from "../root";

/** Every procedure under `node` with its dotted path, however deep routers nest. */
export function walkProcedures(node: unknown, prefix = ""): [string, AnyProcedure][] {
  if (isProcedure(node)) return [[prefix, node]];
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) =>
    walkProcedures(child, prefix ? `${prefix}.${key}` : key),
  );
}

function isProcedure(node: unknown): node is AnyProcedure {
  return (
    typeof node === "function" &&
    "_def" in node &&
    Boolean(node._def) &&
    "procedure" in (node._def as object)
  );
}

/** The whole app router, walked: what the access tests go through, whatever later issues add. */
export const appProcedures = (): [string, AnyProcedure][] => walkProcedures(appRouter._def.record);
