import { Decimal } from "@prisma/client/runtime/index-browser";
import { SuperJSON } from "superjson";

/**
 * superjson with money: a Decimal crosses the wire as its exact decimal string and comes back a
 * Decimal, never a float (DESIGN.md "Data rules"). Dates, Maps and BigInts are superjson's.
 * Browser-safe (Prisma's browser runtime, not the client), so the tRPC client imports this same
 * file as `@aizalo/api/transformer`; `isDecimal` also accepts the server client's Decimal.
 */
export const transformer = new SuperJSON();

transformer.registerCustom<Decimal, string>(
  {
    isApplicable: (value): value is Decimal => Decimal.isDecimal(value),
    serialize: (value) => value.toString(),
    deserialize: (value) => new Decimal(value),
  },
  "decimal",
);
