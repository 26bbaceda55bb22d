import { Decimal } from "@prisma/client/runtime/index-browser";
import { SuperJSON, type SuperJSONResult } from "superjson";

/**
 * superjson with money: a Decimal crosses the wire as its exact decimal string and comes back a
 * Decimal, never a float (DESIGN.md "Data rules"). Dates, Maps and BigInts are superjson's.
 * Browser-safe (Prisma's browser runtime, not the client), so the tRPC client imports this same
 * file as `@aizalo/api/transformer`; `isDecimal` also accepts the server client's Decimal.
 * Exported for the test that holds the shortcut below to exactly this superjson's output.
 */
export const superjson = new SuperJSON();

superjson.registerCustom<Decimal, string>(
  {
    isApplicable: (value): value is Decimal => Decimal.isDecimal(value),
    serialize: (value) => value.toString(),
    deserialize: (value) => new Decimal(value),
  },
  "decimal",
);

/**
 * What tRPC sends and reads with. An answer that is plain JSON already is sent as superjson
 * would send it (`{ json }`, no meta) without superjson's walk, which builds paths and looks up
 * every value in its registries: on a small answer that walk was a visible share of the call's
 * CPU and allocations (pnpm bench:http). Everything else goes through superjson.
 */
export const transformer = {
  serialize(value: unknown): SuperJSONResult {
    return isPlainJson(value, new Set()) ? { json: value } : superjson.serialize(value);
  },
  deserialize<T = unknown>(payload: SuperJSONResult): T {
    return superjson.deserialize<T>(payload);
  },
};

/**
 * Strings, finite numbers, booleans, null, and plain objects and arrays of them, each object
 * met once: what superjson returns unchanged with no meta. It annotates -0, NaN, Infinity,
 * undefined, Dates, Decimals and the like, and a shared object (referential equality); it
 * refuses `__proto__`, `constructor` and `prototype` keys. All of those take superjson's way.
 */
function isPlainJson(value: unknown, seen: Set<object>): value is SuperJSONResult["json"] {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    // A hole reads as undefined (superjson drops trailing ones); a named property on an array,
    // which JSON leaves out, superjson annotates. Either takes superjson's way.
    for (let index = 0; index < value.length; index++) {
      if (!isPlainJson(value[index], seen)) return false;
    }
    return Object.keys(value).length === value.length;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  if (Decimal.isDecimal(value)) return false;
  for (const key in value) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return false;
    if (!isPlainJson((value as Record<string, unknown>)[key], seen)) return false;
  }
  return true;
}
