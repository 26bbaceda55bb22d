import { NextResponse, type NextRequest } from "next/server";
import { readSessionClaims } from "./auth/session-token";
import { routeDecision } from "./server/shell-rules";

/**
 * The first gate of the signed-in apps, from the session's JWT alone (no database): signed-out
 * visitors are sent to the right sign-in page before any page renders. A signed-in person who
 * may not open the page is let through to its layout, which re-checks the session against the
 * database and answers with the app's 403 page (`forbidden()`); the proxy cannot render it.
 *
 * It only reads the cookie. Auth.js's `auth()` wrapper would write a refreshed cookie on every
 * page request, and a request still in flight when the person signs out (a link prefetch) would
 * then bring the signed-out session back.
 */
export async function proxy(request: NextRequest) {
  const claims = await readSessionClaims(request.headers, request.nextUrl);
  const { pathname, search } = request.nextUrl;
  const decision = routeDecision(pathname, search, claims);
  if (decision.action === "allow" || decision.action === "forbidden") return NextResponse.next();
  return NextResponse.redirect(new URL(decision.to, request.nextUrl.origin));
}

export const config = {
  // Pages only: API routes answer for themselves, and static files need no session.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|.*\\.[a-z0-9]+$).*)"],
};
