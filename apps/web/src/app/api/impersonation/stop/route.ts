import { NextResponse } from "next/server";
import { createCallerFor, ownerClaimsOf } from "@aizalo/api";
import { recheckSession } from "@aizalo/api/auth";
import { signOut, unstable_update } from "../../../../auth";
import { loginAsEndedPath } from "../../../../auth/login-as-ended";
import { readSessionClaims } from "../../../../auth/session-token";
import { isSameOrigin } from "../same-origin";

/**
 * Stop (the banner on every tenant page posts here): ends the impersonation_sessions row,
 * audited, and turns the JWT back into the owner's own session, then opens /admin with a
 * notice. It works on a login as tenant that has already expired too: the owner is not signed
 * out for that. The claims are the cookie's as sent (not Auth.js's expiry-adjusted view), so the
 * row to stop and the business to name are known.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) {
    return NextResponse.json({ error: "Cross-site request refused" }, { status: 403 });
  }
  const claims = await readSessionClaims(request.headers, request.url);
  // Already back (switched by another tab, or a second click): nothing to stop.
  if (claims?.userType === "platform") {
    return NextResponse.redirect(new URL("/admin", request.url), 303);
  }
  const owner = claims?.userType === "tenant" ? ownerClaimsOf(claims) : null;
  if (!claims || !owner || claims.userType !== "tenant" || !claims.impersonationSessionId) {
    return NextResponse.redirect(new URL("/login", request.url), 303);
  }
  // The owner's own account must still hold (active owner, same password): else sign out.
  const check = await recheckSession(owner);
  if (!check.ok) {
    await signOut({ redirect: false });
    const login = new URL("/login", request.url);
    login.searchParams.set("ended", check.reason);
    return NextResponse.redirect(login, 303);
  }
  await createCallerFor(owner).admin.tenants.stopImpersonation({
    impersonationSessionId: claims.impersonationSessionId,
  });
  await unstable_update({ claims: owner });
  return NextResponse.redirect(new URL(loginAsEndedPath(claims.subdomain), request.url), 303);
}
