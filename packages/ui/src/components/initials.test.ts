import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials";

describe("initialsOf", () => {
  it("takes the first letter of the first two words", () => {
    expect(initialsOf("Amina Wanjiru Otieno")).toBe("AW");
    expect(initialsOf("  njeri   kamau ")).toBe("NK");
    expect(initialsOf("(Tumaini) Clinic")).toBe("TC");
    expect(initialsOf("Ōtieno")).toBe("Ō");
  });

  it("falls back to a question mark when there are no letters", () => {
    expect(initialsOf("")).toBe("?");
    expect(initialsOf("— —")).toBe("?");
  });
});
