import type { Route } from "next";
import { redirect } from "next/navigation";
import { homeFor } from "../../../auth/claims";
import { verifySession } from "../../../server/session";
import { returnPathAfterSignIn } from "../../../server/shell-rules";

/**
 * Where every sign-in continues: the role decides the home (owner/admin → /admin, sales and
 * support → /sales, a business's users → its dashboard), which the form cannot know in advance.
 * An owner or admin signing in for the first time without a second factor is asked to set one
 * up first (skippable unless REQUIRE_STAFF_MFA, which requirePageSession enforces anyway).
 * With `?next=` (a protected page that sent the person to sign in), it returns there when the
 * person may open it. A page rather than a route handler, so the browser's address ends at the home itself.
 */
export default async function ContinueAfterSignInPage(props: PageProps<"/login/continue">) {
  const session = await verifySession();
  if (session.status === "active") {
    const { claims } = session;
    const ask = claims.userType === "platform" && claims.mfaEnrolmentPrompt;
    const { next } = await props.searchParams;
    const back = returnPathAfterSignIn(typeof next === "string" ? next : undefined, claims);
    redirect(ask ? "/login/security" : ((back as Route | null) ?? homeFor(claims)));
  }
  redirect((session.status === "ended" ? "/api/auth/session-ended" : "/login") as Route);
}
