import "server-only";
import type { Route } from "next";
import { redirect } from "next/navigation";
import type { SessionClaims } from "@aizalo/api/auth";
import { verifySession } from "./session";

/**
 * For pages: the verified claims, or a redirect. Signed out → the given sign-in page. A session
 * that ended (password changed, deactivated, business suspended...) → a route handler that
 * clears the cookie (pages cannot) and sends the person to their sign-in page, which says why.
 */
export async function requirePageSession(loginPath: Route): Promise<SessionClaims> {
  const session = await verifySession();
  if (session.status === "active") {
    // REQUIRE_STAFF_MFA: an owner or admin without a second factor enrols before anything else.
    if (session.claims.userType === "platform" && session.claims.mfaSetupRequired) {
      redirect("/login/security");
    }
    return session.claims;
  }
  if (session.status === "signed-out") redirect(loginPath);
  redirect("/api/auth/session-ended");
}
