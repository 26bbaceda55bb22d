import { Prisma } from "@aizalo/db";
import { SuperJSON } from "superjson";

/**
 * superjson with money: a Prisma.Decimal crosses the wire as its exact decimal string and comes
 * back a Decimal, never a float (DESIGN.md "Data rules"). Dates, Maps and BigInts are superjson's.
 */
export const transformer = new SuperJSON();

transformer.registerCustom<Prisma.Decimal, string>(
  {
    isApplicable: (value): value is Prisma.Decimal => Prisma.Decimal.isDecimal(value),
    serialize: (value) => value.toString(),
    deserialize: (value) => new Prisma.Decimal(value),
  },
  "decimal",
);
