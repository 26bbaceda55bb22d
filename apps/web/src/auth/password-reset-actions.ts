import "server-only";
import type { Route } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress, requestPasswordReset, resetPassword } from "@aizalo/api/auth";
import { env } from "../env";

export interface ResetFormState {
  readonly sent?: boolean;
  readonly error?: string;
}

async function requestAddress() {
  return clientAddress(await headers(), env.TRUST_PROXY);
}

/**
 * Asks for a reset link. The answer never says whether the email has an account; the link is
 * built on WEB_ORIGIN and goes out through the outbox.
 */
export async function requestResetLink(
  subdomain: string | null,
  formData: FormData,
): Promise<ResetFormState> {
  const email = String(formData.get("email") ?? "").trim();
  if (!email) return { error: "Enter your email." };
  const resetPath = subdomain ? `/${subdomain}/login/reset` : "/login/reset";
  await requestPasswordReset({
    scope: subdomain ? { kind: "tenant", subdomain } : { kind: "platform" },
    email,
    ip: await requestAddress(),
    linkFor: (token) => new URL(`${resetPath}/${token}`, env.WEB_ORIGIN).toString(),
  });
  return { sent: true };
}

/** Sets the new password, then sends the person to their sign-in page, which says so. */
export async function setNewPassword(token: string, formData: FormData): Promise<ResetFormState> {
  const result = await resetPassword({
    token,
    newPassword: String(formData.get("password") ?? ""),
    ip: await requestAddress(),
  });
  if (!result.ok) return { error: result.message };
  redirect(`${result.signInPath}?password=changed` as Route);
}
