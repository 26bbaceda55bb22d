import { describe, expect, it } from "vitest";
import { unknownVariables, variableProblem, variablesIn } from "./message-variables";
import { smsLength } from "./sms-length";

describe("message variables", () => {
  it("finds variables with or without spaces and names only the unknown ones", () => {
    expect(variablesIn("Hi {{first_name}}, {{ location }} {{first_name}}")).toEqual([
      "first_name",
      "location",
    ]);
    expect(unknownVariables("Hi {{FirstName}} from {{business_name}} {{}}")).toEqual([
      "FirstName",
      "",
    ]);
    expect(variableProblem("Plain text, {single braces}")).toBeNull();
    expect(variableProblem("{{toString}}")).toMatch(/^Unknown variable \{\{toString\}\}/);
  });
});

describe("SMS length", () => {
  it.each([
    ["", 0, 0, "GSM-7"],
    ["a".repeat(160), 160, 1, "GSM-7"],
    ["a".repeat(161), 161, 2, "GSM-7"],
    ["a".repeat(306), 306, 2, "GSM-7"],
    ["a".repeat(307), 307, 3, "GSM-7"],
    // € takes two places in GSM-7.
    ["€".repeat(80), 160, 1, "GSM-7"],
    ["€".repeat(81), 162, 2, "GSM-7"],
    // One emoji switches to UCS-2 (70 / 67 per part); the emoji itself takes two.
    ["a".repeat(68) + "🙂", 70, 1, "UCS-2"],
    ["a".repeat(69) + "🙂", 71, 2, "UCS-2"],
  ] as const)("%#: %s", (text, characters, segments, encoding) => {
    expect(smsLength(text)).toMatchObject({ characters, segments, encoding });
  });
});
