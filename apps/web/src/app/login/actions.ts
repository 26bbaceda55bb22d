"use server";

import { SECOND_FACTOR_MESSAGE, WRONG_CODE_MESSAGE } from "@aizalo/api/auth";
import { attemptSignIn, SIGN_IN_UNAVAILABLE } from "../../auth/sign-in-with";
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
  const setback = await attemptSignIn("platform", { email, password, code }, redirectTo);
  if (!setback) return {};
  if ("refused" in setback) return refusedState(setback.refused, email);
  return { error: SIGN_IN_UNAVAILABLE, email };
}

function refusedState(code: string | undefined, email: string): StaffSignInState {
  if (code === "second-factor") return { step: "code", email, prompt: SECOND_FACTOR_MESSAGE };
  if (code === "wrong-code") return { step: "code", email, error: WRONG_CODE_MESSAGE };
  // Locked out or wrong: back to the first step, with the service's words.
  return { step: "password", email, error: refusalMessage(code) };
}
