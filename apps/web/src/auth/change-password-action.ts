"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changePassword, clientAddress } from "@aizalo/api/auth";
import { signOut } from "../auth";
import { env } from "../env";
import { getVerifiedSession } from "../server/session";
import { loginPathFor } from "./claims";

export interface ChangePasswordState {
  readonly errors?: Partial<Record<"currentPassword" | "newPassword", string>>;
}

/**
 * Changes the signed-in person's password. Every session of the account ends (the session
 * version goes up), so this one signs out too and the sign-in page says why.
 */
export async function changeMyPassword(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const claims = await getVerifiedSession();
  if (!claims) redirect("/login");
  const result = await changePassword({
    claims,
    currentPassword: String(formData.get("currentPassword") ?? ""),
    newPassword: String(formData.get("newPassword") ?? ""),
    ip: clientAddress(await headers(), env.TRUST_PROXY),
  });
  if (!result.ok) return { errors: { [result.field]: result.message } };
  await signOut({ redirectTo: `${loginPathFor(claims)}?password=changed` });
  return {};
}
