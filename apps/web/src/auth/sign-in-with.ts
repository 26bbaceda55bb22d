import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "../auth";
import { refusalMessage } from "./sign-in-refusal";
import type { SignInFormState } from "./sign-in-state";

/**
 * Runs Auth.js's sign-in for a form post. Success redirects (by throwing Next's redirect, which
 * must pass through) to /login/continue, which picks the person's home by role; a refusal
 * comes back as the few words the form may show.
 */
export async function signInWith(
  provider: "platform" | "tenant",
  formData: FormData,
  extra: Record<string, string> = {},
): Promise<SignInFormState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn(provider, { ...extra, email, password, redirectTo: "/login/continue" });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: refusalMessage(error.code), email };
    if (error instanceof AuthError) {
      console.error("sign-in failed", error);
      return { error: "Signing in is not possible right now. Please try again shortly.", email };
    }
    throw error;
  }
  return {};
}
