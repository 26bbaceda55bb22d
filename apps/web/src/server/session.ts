import "server-only";
import type { JWT } from "@auth/core/jwt";
import { headers } from "next/headers";
import { cache } from "react";
import { ownerClaimsOf } from "@aizalo/api";
import { recheckSession, type SessionClaims, type SessionEndReason } from "@aizalo/api/auth";
import { auth, signOut, unstable_update } from "../auth";
import { readSessionClaims } from "../auth/session-token";

export type VerifiedSession =
  | { readonly status: "signed-out" }
  | { readonly status: "ended"; readonly reason: SessionEndReason; readonly claims: SessionClaims }
  | { readonly status: "active"; readonly claims: SessionClaims };

/**
 * The JWT's claims (read without rewriting the cookie), re-checked against the database (one
 * query): still active, same role and session version, business usable, impersonation live.
 * Cached per request, so a page and its layout share one check.
 */
export const verifySession = cache(async (): Promise<VerifiedSession> => {
  const claims = await readSessionClaims(await headers());
  if (!claims) return { status: "signed-out" };
  const check = await recheckSession(claims);
  return check.ok
    ? { status: "active", claims: check.claims }
    : { status: "ended", reason: check.reason, claims };
});

/**
 * The verified claims, or null when nobody is signed in or the session has ended. For server
 * actions and route handlers: a session that failed its re-check is ended there too (see
 * endSession), so the next page load starts in the right place. Pages use requirePageSession,
 * which says why.
 */
export async function getVerifiedSession(): Promise<SessionClaims | null> {
  const session = await verifySession();
  if (session.status === "ended") await endSession(session.claims, session.reason);
  return session.status === "active" ? session.claims : null;
}

export type SessionEnding =
  | { readonly outcome: "signed-out" }
  /** A login as tenant ended: the platform owner is back in their own session. */
  | { readonly outcome: "back-to-owner"; readonly subdomain: string };

/**
 * Ends a session that failed its re-check, in a route handler or server action (which may set
 * cookies). A "login as tenant" that expired or was stopped turns back into the platform
 * owner's own session, when that still holds (active owner, same password); anything else
 * clears the cookie.
 */
export async function endSession(
  claims: SessionClaims,
  reason: SessionEndReason,
): Promise<SessionEnding> {
  try {
    const owner = claims.userType === "tenant" ? ownerClaimsOf(claims) : null;
    if (reason === "impersonation-ended" && owner && claims.userType === "tenant") {
      if ((await recheckSession(owner)).ok) {
        // The jwt callback grants the switch back only to the impersonating owner (session-switch).
        await unstable_update({ claims: owner });
        return { outcome: "back-to-owner", subdomain: claims.subdomain };
      }
    }
    await signOut({ redirect: false });
  } catch {
    // A server component cannot change cookies; requirePageSession sends its visitor to
    // /api/auth/session-ended, which can.
  }
  return { outcome: "signed-out" };
}

/** Auth.js's cookie is re-issued (a fresh week) once a day at most, not on every API call. */
const REFRESH_AFTER_SECONDS = 24 * 60 * 60;

/**
 * Keeps an active person's session rolling without paying for it on every call: when the JWT
 * was issued more than a day ago, Auth.js issues it again (`auth()` in a route handler writes
 * the cookie). Call only after the session passed its re-check.
 */
export async function refreshSessionIfOld(token: JWT, now = Date.now()): Promise<void> {
  if (typeof token.iat === "number" && now / 1000 - token.iat > REFRESH_AFTER_SECONDS) {
    await auth();
  }
}
