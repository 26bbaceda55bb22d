import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** Numbers written without a country code are read as Kenyan (DESIGN.md "Data rules"). */
export const DEFAULT_PHONE_REGION = "KE";

export type PhoneResult = { ok: true; e164: string } | { ok: false; problem: string };

const INVALID = "Enter a valid phone number, e.g. 0712 345 678 or +254 712 345 678.";

/**
 * A phone number as a person types it (`0712 345 678`, `254-712-345-678`, `+44 20 7946 0958`)
 * → E.164 (`+254712345678`). The full ("max") metadata checks each country's real number
 * ranges, so a Kenyan mobile with a digit too many or too few, or an unassigned prefix, is
 * refused rather than stored. Landlines and valid foreign numbers are accepted.
 */
export function normalizePhone(input: string): PhoneResult {
  const text = input.trim();
  if (text === "") return { ok: false, problem: "Enter a phone number." };
  // "254712345678" is the international form without the plus: a Kenyan habit (M-Pesa SMS).
  const candidate = /^254\d{9}$/.test(text.replace(/[\s-]/g, ""))
    ? `+${text.replace(/[\s-]/g, "")}`
    : text;
  if (/[a-z]/i.test(candidate)) return { ok: false, problem: INVALID };
  const parsed = parsePhoneNumberFromString(candidate, DEFAULT_PHONE_REGION);
  if (!parsed?.isValid()) return { ok: false, problem: INVALID };
  return { ok: true, e164: parsed.number };
}

/** For search: the E.164 form when the text is a phone number, else null. */
export function phoneOrNull(input: string): string | null {
  const result = normalizePhone(input);
  return result.ok ? result.e164 : null;
}
