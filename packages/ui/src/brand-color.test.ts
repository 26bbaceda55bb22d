import { describe, expect, it } from "vitest";
import { brandColorStyle } from "./brand-color";

const foregroundOf = (color: string) => brandColorStyle(color)?.["--color-primary-foreground"];

describe("brandColorStyle", () => {
  it("repaints the primary colour with a business's hex colour", () => {
    expect(brandColorStyle("#0F766E")).toMatchObject({ "--color-primary": "#0f766e" });
    expect(brandColorStyle("#abc")).toMatchObject({ "--color-primary": "#abc" });
  });

  it("puts white text on dark colours and dark text on light ones", () => {
    expect(foregroundOf("#1e3a8a")).toBe("#ffffff");
    expect(foregroundOf("#b45309")).toBe("#ffffff");
    expect(foregroundOf("#fde047")).toBe("#1c1917");
    expect(foregroundOf("#ffffff")).toBe("#1c1917");
  });

  it.each([null, undefined, "", "red", "#12345", "#1234567", "#00ff00; background: url(x)"])(
    "keeps Aizalo's palette for %s",
    (color) => {
      expect(brandColorStyle(color)).toBeUndefined();
    },
  );
});
