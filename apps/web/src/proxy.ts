import { NextResponse } from "next/server";
import { auth } from "./auth";
import { routeDecision } from "./server/shell-rules";

/**
 * The first gate of the signed-in apps, from the session's JWT alone (no database): signed-out
 * visitors are sent to the right sign-in page before any page renders. A signed-in person who
 * may not open the page is let through to its layout, which re-checks the session against the
 * database and answers with the app's 403 page (`forbidden()`); the proxy cannot render it.
 */
export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const decision = routeDecision(pathname, search, request.auth?.claims);
  if (decision.action === "allow" || decision.action === "forbidden") return NextResponse.next();
  return NextResponse.redirect(new URL(decision.to, request.nextUrl.origin));
});

export const config = {
  // Pages only: API routes answer for themselves, and static files need no session.
  matcher: ["/((?!api/|_next/|favicon\\.ico$|.*\\.[a-z0-9]+$).*)"],
};
