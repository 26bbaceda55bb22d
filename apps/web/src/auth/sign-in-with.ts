import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "../auth";
import { refusalMessage } from "./sign-in-refusal";
import type { SignInFormState } from "./sign-in-state";

/** How an attempt ended when it did not redirect: refused (with Auth.js's code), or unavailable. */
export type SignInSetback = { refused: string | undefined } | { unavailable: true };

export const SIGN_IN_UNAVAILABLE =
  "Signing in is not possible right now. Please try again shortly.";

/**
 * Runs Auth.js's sign-in for a form post. Success redirects (by throwing Next's redirect, which
 * must pass through) to `redirectTo`; anything else comes back as a setback for the form
 * (null: signed in without a redirect).
 */
export async function attemptSignIn(
  provider: "platform" | "tenant",
  fields: Record<string, string>,
  redirectTo: string,
): Promise<SignInSetback | null> {
  try {
    await signIn(provider, { ...fields, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { refused: error.code };
    if (error instanceof AuthError) {
      console.error("sign-in failed", error);
      return { unavailable: true };
    }
    throw error;
  }
  return null;
}

/**
 * A business's sign-in form: /login/continue picks the person's home by role; a refusal comes
 * back as the few words the form may show.
 */
export async function signInWith(
  provider: "platform" | "tenant",
  formData: FormData,
  extra: Record<string, string> = {},
): Promise<SignInFormState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email and password.", email };
  const setback = await attemptSignIn(provider, { ...extra, email, password }, "/login/continue");
  if (!setback) return {};
  if ("refused" in setback) return { error: refusalMessage(setback.refused), email };
  return { error: SIGN_IN_UNAVAILABLE, email };
}
