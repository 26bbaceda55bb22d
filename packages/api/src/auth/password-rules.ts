import { z } from "zod";

/**
 * The most used passwords of 8 characters or more, from public breach statistics. A short list
 * on purpose: it stops the guesses that work, and the sign-in limits handle the rest.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "12345678",
  "123456789",
  "1234567890",
  "12345678910",
  "11111111",
  "00000000",
  "88888888",
  "87654321",
  "123123123",
  "147258369",
  "123321123",
  "1q2w3e4r",
  "1q2w3e4r5t",
  "1qaz2wsx",
  "password",
  "password1",
  "password12",
  "password123",
  "passw0rd",
  "p@ssw0rd",
  "qwertyui",
  "qwerty123",
  "qwertyuiop",
  "qwerty12345",
  "asdfghjkl",
  "zaq12wsx",
  "iloveyou",
  "iloveyou1",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "welcome1",
  "welcome123",
  "abc12345",
  "abcd1234",
  "aa123456",
  "admin123",
  "administrator",
  "letmein1",
  "trustno1",
  "superman",
  "starwars",
  "whatever",
  "computer",
  "michelle",
  "jennifer",
  "11223344",
  "12341234",
  "changeme",
  "secret123",
  "monkey123",
  "dragon123",
  "q1w2e3r4",
  "q1w2e3r4t5y6",
  // Local favourites: the country, the capital, the currency and the platform itself.
  "kenya123",
  "kenya2024",
  "kenya2025",
  "kenya2026",
  "nairobi1",
  "nairobi123",
  "mombasa1",
  "mpesa123",
  "aizalo123",
  "aizalo2026",
]);

/**
 * ASVS password rules: 8 to 128 characters (any characters, spaces included), no composition
 * rules, and none of the most common passwords.
 */
export const newPasswordSchema = z
  .string()
  .min(8, "Use at least 8 characters.")
  .max(128, "Use at most 128 characters.")
  .refine(
    (password) => !COMMON_PASSWORDS.has(password.toLowerCase()),
    "This password is one of the most common ones. Choose another.",
  );
