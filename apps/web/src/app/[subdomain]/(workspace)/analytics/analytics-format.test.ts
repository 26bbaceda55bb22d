import { describe, expect, it } from "vitest";
import { formatWait, periodLabel } from "./analytics-format";

describe("analytics wording", () => {
  it("writes waits the way people say them", () => {
    expect(formatWait(45)).toBe("45 s");
    expect(formatWait(300)).toBe("5 min");
    expect(formatWait(245)).toBe("4 min 5 s");
    expect(formatWait(4800)).toBe("1 h 20 min");
    expect(formatWait(183_600)).toBe("2 d 3 h");
  });

  it("labels days and weeks", () => {
    expect(periodLabel("2026-11-02", "day")).toBe("2 Nov");
    expect(periodLabel("2026-11-02", "week")).toBe("Wk 2 Nov");
  });
});
