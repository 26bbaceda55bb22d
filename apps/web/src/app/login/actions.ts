"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { SECOND_FACTOR_MESSAGE, WRONG_CODE_MESSAGE } from "@aizalo/api/auth";
import { signIn } from "../../auth";
import { refusalMessage } from "../../auth/sign-in-refusal";
import type { StaffSignInState } from "./staff-sign-in-state";

/**
 * Platform staff (owner, admin, sales, support) sign in here: email and password, then, for an
 * account with a second factor, the same again with a code. Success redirects (Next's redirect
 * must pass through) to /login/continue, which picks the home or asks owners to enrol.
 */
export async function signInAsStaff(
  previous: StaffSignInState,
  formData: FormData,
): Promise<StaffSignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  const code = String(formData.get("code") ?? "").trim();
  const next = String(formData.get("next") ?? "");
  // /login/continue decides whether the person may really open it.
  const redirectTo = next ? `/login/continue?next=${encodeURIComponent(next)}` : "/login/continue";
  if (!email || !password) return { error: "Enter your email and password.", email };
  if (previous.step === "code" && !code) {
    return { step: "code", email, error: "Enter the code from your authenticator app." };
  }
  try {
    await signIn("platform", { email, password, code, redirectTo });
  } catch (error) {
    if (error instanceof CredentialsSignin) return refusedState(error.code, email);
    if (error instanceof AuthError) {
      console.error("sign-in failed", error);
      return { error: "Signing in is not possible right now. Please try again shortly.", email };
    }
    throw error;
  }
  return {};
}

function refusedState(code: string | undefined, email: string): StaffSignInState {
  if (code === "second-factor") return { step: "code", email, prompt: SECOND_FACTOR_MESSAGE };
  if (code === "wrong-code") return { step: "code", email, error: WRONG_CODE_MESSAGE };
  // Locked out or wrong: back to the first step, with the service's words.
  return { step: "password", email, error: refusalMessage(code) };
}
