"use server";

import { auth, signOut } from "../../auth";
import { loginPathFor } from "../../auth/claims";

/**
 * Signs out and lands on the sign-in page the person uses: their business's, or the staff one
 * (also for the owner while "logged in as" a business, whose own sign-in is /login). Read from
 * the session, not the form, so a forged post cannot choose where it lands.
 */
export async function signOutOfShell(): Promise<void> {
  const claims = (await auth())?.claims;
  const returnTo =
    claims?.userType === "tenant" && claims.impersonatorId ? "/login" : loginPathFor(claims);
  await signOut({ redirectTo: returnTo });
}
