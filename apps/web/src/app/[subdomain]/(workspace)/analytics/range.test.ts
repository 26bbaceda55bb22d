import { describe, expect, it } from "vitest";
import { chooseRange, presetRange } from "./range";

const TODAY = "2026-11-26";

describe("the analytics range in the URL", () => {
  it("counts presets back from the business's today, today included", () => {
    expect(presetRange("7d", TODAY)).toEqual({ from: "2026-11-20", to: TODAY });
    expect(chooseRange({ preset: "90d" }, TODAY)).toEqual({
      from: "2026-08-29",
      to: TODAY,
      preset: "90d",
      error: null,
    });
  });

  it("defaults to the last 30 days, also for an unknown preset", () => {
    expect(chooseRange({}, TODAY)).toMatchObject({
      from: "2026-10-28",
      preset: "30d",
      error: null,
    });
    expect(chooseRange({ preset: "forever" }, TODAY)).toMatchObject({ preset: "30d" });
  });

  it("takes chosen dates, and says why it refuses bad ones", () => {
    expect(chooseRange({ from: "2026-01-01", to: "2026-01-31" }, TODAY)).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
      preset: null,
      error: null,
    });
    expect(chooseRange({ from: "2026-02-01", to: "2026-01-01" }, TODAY).error).toMatch(
      /on or after/,
    );
    expect(chooseRange({ from: "2024-01-01", to: "2026-01-01" }, TODAY).error).toMatch(/366 days/);
    expect(chooseRange({ from: "2026-02-30", to: "2026-03-01" }, TODAY).error).toMatch(/real/);
    expect(chooseRange({ from: "2026-02-01" }, TODAY)).toMatchObject({ preset: "30d" });
  });
});
