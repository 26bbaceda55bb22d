import "server-only";
import type { Route } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { acceptInvitation } from "@aizalo/api";
import { clientAddress } from "@aizalo/api/auth";
import { env } from "../../../env";

export interface AcceptFormState {
  readonly error?: string;
}

/**
 * Sets the invited person's password with the link's token; then their business's sign-in
 * page, which welcomes them. A refused link or password changes nothing and says why.
 */
export async function acceptWithPassword(
  token: string,
  formData: FormData,
): Promise<AcceptFormState> {
  const result = await acceptInvitation({
    token,
    password: String(formData.get("password") ?? ""),
    ip: clientAddress(await headers(), env.TRUST_PROXY),
  });
  if (!result.ok) return { error: result.message };
  redirect(`${result.signInPath}?invite=accepted` as Route);
}
