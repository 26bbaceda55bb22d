import { decode, type JWT, type JWTDecodeParams } from "@auth/core/jwt";

/**
 * Decrypting the cookie (HKDF, AES, HMAC) is a good part of an API call's CPU, and a person
 * sends the same cookie with every call. So a decrypted token is kept, keyed by the exact
 * ciphertext and the salt (cookie name), until it expires: the same bytes always decrypt to
 * the same claims, which are re-checked against the database on every request anyway.
 */
const decoded = new Map<string, JWT>();
const MAX_DECODED = 5_000;

export async function decodeOnce(params: JWTDecodeParams, now = Date.now()): Promise<JWT | null> {
  if (!params.token) return null;
  const key = `${params.salt}\n${params.token}`;
  const kept = decoded.get(key);
  if (kept && typeof kept.exp === "number" && kept.exp * 1000 > now) return kept;
  decoded.delete(key);
  const token = await decode(params);
  if (token && typeof token.exp === "number") {
    // The oldest entry goes first: a Map iterates in insertion order.
    if (decoded.size >= MAX_DECODED) decoded.delete(decoded.keys().next().value ?? "");
    decoded.set(key, token);
  }
  return token;
}
