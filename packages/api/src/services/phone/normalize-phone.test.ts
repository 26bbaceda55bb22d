import { describe, expect, it } from "vitest";
import { normalizePhone, phoneOrNull } from "./normalize-phone";

// What people type in Kenya, and what must be stored (E.164, Kenya by default).
const ACCEPTED: readonly (readonly [label: string, typed: string, stored: string])[] = [
  ["Safaricom 07xx, spaced", "0712 345 678", "+254712345678"],
  ["Safaricom 07xx, no spaces", "0722918406", "+254722918406"],
  ["Safaricom 011x", "0110 123 456", "+254110123456"],
  ["Safaricom 079x", "0795-334-172", "+254795334172"],
  ["Airtel 073x", "0733 205 517", "+254733205517"],
  ["Airtel 010x", "0100 456 789", "+254100456789"],
  ["Airtel 078x", "0786 123 456", "+254786123456"],
  ["Telkom 077x", "0770 123 456", "+254770123456"],
  ["+254 form", "+254 712 345 678", "+254712345678"],
  ["+254 with dashes", "+254-712-345-678", "+254712345678"],
  ["254 without plus", "254712345678", "+254712345678"],
  ["254 without plus, spaced", "254 712 345 678", "+254712345678"],
  ["9 digits without the 0", "712345678", "+254712345678"],
  ["+254 with the trunk 0 kept", "+254 0712 345 678", "+254712345678"],
  ["brackets and surrounding spaces", "  (0712) 345-678 ", "+254712345678"],
  ["Nairobi landline", "020 2222 222", "+254202222222"],
  ["Mombasa landline", "041 2220 000", "+254412220000"],
  ["Uganda mobile", "+256 772 123 456", "+256772123456"],
  ["Tanzania mobile", "+255 754 123 456", "+255754123456"],
  ["UK landline", "+44 20 7946 0958", "+442079460958"],
];

const REFUSED: readonly (readonly [label: string, typed: string])[] = [
  ["empty", ""],
  ["spaces only", "   "],
  ["one digit short", "0712 345 67"],
  ["one digit too many", "0712 345 6789"],
  ["+254 one digit short", "+254 712 345 67"],
  ["+254 one digit too many", "+254 712 345 6789"],
  ["far too short", "0712"],
  ["letters", "0712 ABC 678"],
  ["not a number at all", "call me"],
  ["unassigned Kenyan prefix", "0812 345 678"],
  ["foreign number too short", "+256 772 123"],
  ["no such country code", "+999 123 456 789"],
];

describe("phone numbers are stored in E.164, read as Kenyan unless they say otherwise", () => {
  it.each(ACCEPTED)("%s: %j → %s", (_label, typed, stored) => {
    expect(normalizePhone(typed)).toEqual({ ok: true, e164: stored });
  });

  it.each(REFUSED)("%s: %j is refused with a message", (_label, typed) => {
    const result = normalizePhone(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(/phone number/i);
  });

  it("search gets the E.164 form or nothing", () => {
    expect(phoneOrNull("0712-345-678")).toBe("+254712345678");
    expect(phoneOrNull("Wanjiru")).toBeNull();
  });
});
