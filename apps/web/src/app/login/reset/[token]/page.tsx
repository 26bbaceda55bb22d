import type { Metadata } from "next";
import { AuthCard } from "../../../../auth/auth-card";
import { NewPasswordForm } from "../../../../auth/new-password-form";
import { setNewPassword, type ResetFormState } from "../../../../auth/password-reset-actions";

// The token is in the address: never send it to another site as a Referer.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function StaffNewPasswordPage(props: PageProps<"/login/reset/[token]">) {
  const { token } = await props.params;
  async function save(_previous: ResetFormState, formData: FormData) {
    "use server";
    return setNewPassword(token, formData);
  }
  return (
    <AuthCard
      eyebrow="Aizalo staff"
      title="Choose a new password"
      description="Every device signed in to your account will be signed out."
    >
      <NewPasswordForm action={save} />
    </AuthCard>
  );
}
