import "server-only";
import { cache } from "react";
import { recheckSession, type SessionClaims, type SessionEndReason } from "@aizalo/api/auth";
import { auth, signOut } from "../auth";

export type VerifiedSession =
  | { readonly status: "signed-out" }
  | { readonly status: "ended"; readonly reason: SessionEndReason; readonly claims: SessionClaims }
  | { readonly status: "active"; readonly claims: SessionClaims };

/**
 * The JWT's claims, re-checked against the database (one query): still active, same role and
 * session version, business usable, impersonation live. Cached per request, so a page and its
 * layout share one check.
 */
export const verifySession = cache(async (): Promise<VerifiedSession> => {
  const claims = (await auth())?.claims;
  if (!claims) return { status: "signed-out" };
  const check = await recheckSession(claims);
  return check.ok
    ? { status: "active", claims: check.claims }
    : { status: "ended", reason: check.reason, claims };
});

/**
 * The verified claims, or null when nobody is signed in or the session has ended. For route
 * handlers (tRPC): a session that failed its re-check is also signed out there, so the next
 * page load starts at the sign-in page. Pages use requirePageSession, which says why.
 */
export async function getVerifiedSession(): Promise<SessionClaims | null> {
  const session = await verifySession();
  if (session.status === "ended") await endSession();
  return session.status === "active" ? session.claims : null;
}

async function endSession(): Promise<void> {
  try {
    await signOut({ redirect: false });
  } catch {
    // A server component cannot change cookies; requirePageSession sends its visitor to
    // /api/auth/session-ended, which can.
  }
}
