"use server";

import { signInWith } from "../../auth/sign-in-with";
import type { SignInFormState } from "../../auth/sign-in-state";

/** Platform staff (owner, admin, sales, support) sign in here. */
export async function signInAsStaff(
  _previous: SignInFormState,
  formData: FormData,
): Promise<SignInFormState> {
  return signInWith("platform", formData);
}
