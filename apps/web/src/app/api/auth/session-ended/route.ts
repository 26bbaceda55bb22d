import { NextResponse } from "next/server";
import { signOut } from "../../../../auth";
import { loginPathFor } from "../../../../auth/claims";
import { verifySession } from "../../../../server/session";

/**
 * Ends a session that failed its re-check and sends the person to their sign-in page with the
 * reason. It signs out only a session that really failed: a link to it cannot sign anyone out.
 */
export async function GET(request: Request) {
  const session = await verifySession();
  if (session.status !== "ended") {
    const to = session.status === "active" ? "/login/continue" : "/login";
    return NextResponse.redirect(new URL(to, request.url), 303);
  }
  await signOut({ redirect: false });
  const login = new URL(loginPathFor(session.claims), request.url);
  login.searchParams.set("ended", session.reason);
  return NextResponse.redirect(login, 303);
}
