import "server-only";
import type { Route } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { acceptInvitation } from "@aizalo/api";
import { clientAddress } from "@aizalo/api/auth";
import { attemptSignIn } from "../../../auth/sign-in-with";
import { env } from "../../../env";

export interface AcceptFormState {
  readonly error?: string;
}

/**
 * Sets the invited person's password with the link's token, then signs them in with it (the
 * ordinary sign-in, limits and audit included) and opens their business's dashboard. Should
 * that sign-in not go through, their business's sign-in page welcomes them instead. A refused
 * link or password changes nothing and says why.
 */
export async function acceptWithPassword(
  token: string,
  formData: FormData,
  invitee: { email: string; subdomain: string },
): Promise<AcceptFormState> {
  const password = String(formData.get("password") ?? "");
  const result = await acceptInvitation({
    token,
    password,
    ip: clientAddress(await headers(), env.TRUST_PROXY),
  });
  if (!result.ok) return { error: result.message };
  // Success redirects (Next's redirect passes through); a setback falls through to the page.
  await attemptSignIn(
    "tenant",
    { subdomain: invitee.subdomain, email: invitee.email, password },
    "/login/continue",
  );
  redirect(`${result.signInPath}?invite=accepted` as Route);
}
