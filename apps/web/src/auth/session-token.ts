import { getToken, type JWT } from "@auth/core/jwt";
import type { SessionClaims } from "@aizalo/api/auth";
import { authSecret } from "../auth";
import { decodeOnce } from "./decode-once";

/**
 * The session's JWT as the browser sent it, decrypted and nothing more: no cookie is written.
 * Auth.js's `auth()` re-encrypts and re-sends the cookie on every call it serves, which costs
 * each API call an encryption and lets a request still in flight at sign-out bring the
 * signed-out session back. The proxy, the tRPC route handler and the pages all read it here.
 * Claims read here are the JWT's; whoever acts on them re-checks them against the database.
 */
export async function readSessionToken(
  headers: Headers,
  requestUrl?: string | URL,
): Promise<JWT | null> {
  if (!authSecret) return null;
  const secureCookie = usesHttps(headers, requestUrl);
  const cookieHeader = headers.get("cookie");
  const key = cookieHeader === null ? null : `${secureCookie ? "https" : "http"}\n${cookieHeader}`;
  const kept = key === null ? undefined : readBefore.get(key);
  if (kept && typeof kept.exp === "number" && kept.exp * 1000 > Date.now()) return kept;
  const token = await getToken({
    req: { headers },
    secret: authSecret,
    secureCookie,
    decode: decodeOnce,
  });
  if (key !== null && token && typeof token.exp === "number") {
    if (readBefore.size >= MAX_READ_BEFORE) readBefore.delete(readBefore.keys().next().value ?? "");
    readBefore.set(key, token);
  }
  return token;
}

/**
 * Tokens already read, by the exact Cookie header (and scheme) they came in: a browser sends the
 * same header with every call, and finding and joining the session cookie's chunks in it was,
 * after decryption (decodeOnce), the next visible cost of an API call. Kept until the token
 * expires; the oldest entry goes first.
 */
const readBefore = new Map<string, JWT>();
const MAX_READ_BEFORE = 5_000;

export async function readSessionClaims(
  headers: Headers,
  requestUrl?: string | URL,
): Promise<SessionClaims | null> {
  return (await readSessionToken(headers, requestUrl))?.claims ?? null;
}

/**
 * Auth.js names the cookie `__Secure-…` on https, judged as it does (trusting the host): the
 * proxy's X-Forwarded-Proto, else the request's own scheme. Next sets X-Forwarded-Proto on
 * every request it serves, so pages, which have no URL, judge the same way.
 */
function usesHttps(headers: Headers, requestUrl?: string | URL): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const own = requestUrl ? new URL(requestUrl).protocol.replace(":", "") : undefined;
  return (forwarded ?? own) === "https";
}
