import { describe, expect, it } from "vitest";
import { describeChange } from "./kpi-change";

describe("describeChange", () => {
  it("reports growth as up, good news by default, with a signed percentage", () => {
    expect(describeChange(125, 100, { periodLabel: "vs last month" })).toEqual({
      direction: "up",
      tone: "good",
      shortText: "+25%",
      accessibleText: "Up 25% from 100 vs last month",
    });
  });

  it("reports a fall with a real minus sign and one decimal at most", () => {
    const change = describeChange(2, 3);
    expect(change).toMatchObject({ direction: "down", tone: "bad", shortText: "−33.3%" });
    expect(change.accessibleText).toBe("Down 33.3% from 3 vs previous period");
  });

  it("treats a fall as good news for figures where lower is better", () => {
    expect(describeChange(4, 5, { better: "down" })).toMatchObject({
      direction: "down",
      tone: "good",
    });
    expect(describeChange(6, 5, { better: "down" })).toMatchObject({
      direction: "up",
      tone: "bad",
    });
  });

  it("says the previous figure in the caller's format", () => {
    const kes = (n: number) => `KES ${n.toLocaleString("en-KE")}`;
    expect(describeChange(50_000, 40_000, { formatValue: kes }).accessibleText).toBe(
      "Up 25% from KES 40,000 vs previous period",
    );
  });

  it("calls growth from nothing new instead of an infinite percentage", () => {
    expect(describeChange(3, 0)).toMatchObject({
      direction: "new",
      shortText: "New",
      tone: "good",
    });
    expect(describeChange(0, 0)).toMatchObject({
      direction: "flat",
      tone: "neutral",
      shortText: "0%",
    });
  });

  it("calls a change too small to show at one decimal no change", () => {
    expect(describeChange(100_001, 100_000)).toMatchObject({ direction: "flat", tone: "neutral" });
    expect(describeChange(100_001, 100_000).accessibleText).toMatch(/^No change from/);
  });

  it("measures change from a negative figure by its size", () => {
    // A loss of 100 shrinking to a loss of 50 is an improvement of half.
    expect(describeChange(-50, -100)).toMatchObject({ direction: "up", shortText: "+50%" });
  });
});
