import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthCard } from "../../../../../auth/auth-card";
import { NewPasswordForm } from "../../../../../auth/new-password-form";
import { setNewPassword, type ResetFormState } from "../../../../../auth/password-reset-actions";
import { findTenantBranding } from "../../../../../server/tenant-branding";

// The token is in the address: never send it to another site as a Referer.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function TenantNewPasswordPage(
  props: PageProps<"/[subdomain]/login/reset/[token]">,
) {
  const { subdomain, token } = await props.params;
  const tenant = await findTenantBranding(subdomain);
  if (!tenant) notFound();
  async function save(_previous: ResetFormState, formData: FormData) {
    "use server";
    return setNewPassword(token, formData);
  }
  return (
    <AuthCard
      eyebrow={tenant.businessName}
      title="Choose a new password"
      description="Every device signed in to your account will be signed out."
    >
      <NewPasswordForm action={save} />
    </AuthCard>
  );
}
