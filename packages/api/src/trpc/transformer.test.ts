import { Prisma } from "@aizalo/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { superjson, transformer } from "./transformer";

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

// What the browser's tRPC client reads: the same file, so this is also what it would get from
// plain superjson. The plain-JSON shortcut must never change a byte of it.
describe("answers that are plain JSON take a shortcut that superjson cannot tell apart", () => {
  // Same bytes on the wire, or the same refusal (superjson refuses prototype-polluting keys).
  const sameAsSuperjson = (value: unknown) => {
    const wireOf = (serialize: (value: unknown) => unknown) => {
      try {
        return JSON.stringify(serialize(value));
      } catch (error) {
        return `refused: ${error instanceof Error ? error.message : String(error)}`;
      }
    };
    const wire = wireOf((v) => transformer.serialize(v));
    expect(wire).toBe(wireOf((v) => superjson.serialize(v)));
    if (wire.startsWith("refused")) return;
    // Read back, compared in superjson's own terms (a Decimal's internals are not compared).
    const readBack = (read: unknown) => JSON.stringify(superjson.serialize(read));
    expect(readBack(transformer.deserialize(JSON.parse(wire)))).toBe(
      readBack(superjson.deserialize(JSON.parse(wire))),
    );
  };

  it("for any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue(), sameAsSuperjson), { numRuns: 500 });
  });

  it("for any value an answer could hold (dates, maps, sets, big integers, null prototypes...)", () => {
    const anything = fc.anything({
      withDate: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(fc.property(anything, sameAsSuperjson), { numRuns: 1000 });
  });

  it("for values superjson annotates, wherever they sit in an answer", () => {
    const shared = { id: "c1" };
    const special: [string, unknown][] = [
      ["a date", new Date("2031-03-12T09:10:00Z")],
      ["a Decimal", new Prisma.Decimal("1500.50")],
      ["undefined", undefined],
      ["-0", -0],
      ["NaN", Number.NaN],
      ["Infinity", Number.POSITIVE_INFINITY],
      ["a BigInt", 10n],
      ["a Map", new Map([["a", 1]])],
      ["a shared object", { first: shared, second: shared }],
      ["a date on an array's own property", Object.assign([1, 2], { at: new Date(0) })],
      ["an array with a hole", Object.assign(new Array<number>(3), { 0: 1, 2: 3 })],
      ["an array with a hole at its end", Object.assign(new Array<number>(2), { 0: 1 })],
      ["an array with a plain named property", Object.assign([1, 2], { total: 2 })],
    ];
    for (const [, value] of special) {
      sameAsSuperjson(value);
      sameAsSuperjson({ tenant: { name: "Pwani Breeze", detail: [1, "two", value] } });
    }
  });

  it("sends a plain answer unchanged, with no meta", () => {
    const answer = { tenant: { id: "t1", isDemo: true }, role: "owner", user: null, count: 3 };
    expect(transformer.serialize(answer)).toStrictEqual({ json: answer });
  });

  it("refuses keys that would pollute prototypes, as superjson does", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const polluting = JSON.parse(`{"tenant": {"${key}": {"admin": true}}}`) as unknown;
      expect(() => transformer.serialize(polluting)).toThrow(/prototype pollution/);
    }
  });
});
