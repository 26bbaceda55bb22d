import { Prisma } from "@aizalo/db";
import { describe, expect, it } from "vitest";
import { transformer } from "./transformer";

describe("the wire format", () => {
  it("carries money as an exact decimal string and brings back a Decimal", () => {
    const fee = new Prisma.Decimal("12345678.91");
    const wire = JSON.stringify(transformer.serialize({ monthlyFee: fee }));
    expect(wire).toContain('"12345678.91"');
    const back = transformer.deserialize<{ monthlyFee: Prisma.Decimal }>(JSON.parse(wire));
    expect(Prisma.Decimal.isDecimal(back.monthlyFee)).toBe(true);
    expect(back.monthlyFee.toFixed(2)).toBe("12345678.91");
  });

  it("keeps values that a float would round", () => {
    const total = new Prisma.Decimal("0.1").plus("0.2");
    const back = transformer.deserialize<Prisma.Decimal>(transformer.serialize(total));
    expect(back.equals("0.3")).toBe(true);
  });
});
