import { NextResponse } from "next/server";
import { homeFor } from "../../../../auth/claims";
import { verifySession } from "../../../../server/session";

/**
 * Where sign-in sends everyone: the role decides the home (owner/admin → /admin, sales and
 * support → /sales, a business's users → its dashboard), which the form cannot know in advance.
 */
export async function GET(request: Request) {
  const session = await verifySession();
  const to =
    session.status === "active"
      ? homeFor(session.claims)
      : session.status === "ended"
        ? "/api/auth/session-ended"
        : "/login";
  return NextResponse.redirect(new URL(to, request.url), 303);
}
