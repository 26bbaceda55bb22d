import { NextResponse } from "next/server";
import { loginPathFor } from "../../../../auth/claims";
import { loginAsEndedPath } from "../../../../auth/login-as-ended";
import { endSession, verifySession } from "../../../../server/session";

/**
 * Ends a session that failed its re-check and sends the person to their sign-in page with the
 * reason. A "login as tenant" that expired or was stopped is not a sign-out: the platform owner
 * returns to /admin in their own session, told that the login as the business ended. It acts
 * only on a session that really failed: a link to it cannot sign anyone out.
 */
export async function GET(request: Request) {
  const session = await verifySession();
  if (session.status !== "ended") {
    const to = session.status === "active" ? "/login/continue" : "/login";
    return NextResponse.redirect(new URL(to, request.url), 303);
  }
  const ending = await endSession(session.claims, session.reason);
  if (ending.outcome === "back-to-owner") {
    return NextResponse.redirect(new URL(loginAsEndedPath(ending.subdomain), request.url), 303);
  }
  const login = new URL(loginPathFor(session.claims), request.url);
  login.searchParams.set("ended", session.reason);
  return NextResponse.redirect(login, 303);
}
