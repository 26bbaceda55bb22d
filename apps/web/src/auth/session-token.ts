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
  return getToken({
    req: { headers },
    secret: authSecret,
    secureCookie: usesHttps(headers, requestUrl),
    decode: decodeOnce,
  });
}

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
