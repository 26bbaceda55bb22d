import type { Route } from "next";
import { redirect } from "next/navigation";
import { mfaStatus } from "@aizalo/api/auth";
import { homeFor } from "../../../auth/claims";
import { verifySession } from "../../../server/session";

/**
 * Where every sign-in continues: the role decides the home (owner/admin → /admin, sales and
 * support → /sales, a business's users → its dashboard), which the form cannot know in advance.
 * Owners and admins without a second factor are asked to set one up first (skippable unless
 * REQUIRE_STAFF_MFA). A page rather than a route handler, so the address ends at the home.
 */
export default async function ContinueAfterSignInPage() {
  const session = await verifySession();
  if (session.status === "active") {
    const { claims } = session;
    if (claims.userType === "platform" && (await mfaStatus(claims)).asked) {
      redirect("/login/security");
    }
    redirect(homeFor(claims));
  }
  redirect((session.status === "ended" ? "/api/auth/session-ended" : "/login") as Route);
}
