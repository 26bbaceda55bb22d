import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I/L: read from paper

/** Ten codes of 16 characters (about 79 random bits each), grouped in fours for reading. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return chars.match(/.{4}/g)?.join("-") ?? chars;
  });
}

/** What people type: any case, with or without dashes and spaces. */
export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  return normaliseRecoveryCode(input).length === 16;
}

/** SHA-256 suffices: the codes are random and long, so a list of guesses cannot reverse them. */
export function recoveryCodeHash(input: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(input)).digest("hex");
}
