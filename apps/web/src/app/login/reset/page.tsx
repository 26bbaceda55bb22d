import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "../../../auth/auth-card";
import { requestResetLink, type ResetFormState } from "../../../auth/password-reset-actions";
import { ResetRequestForm } from "../../../auth/reset-request-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function StaffResetRequestPage() {
  async function sendLink(_previous: ResetFormState, formData: FormData) {
    "use server";
    return requestResetLink(null, formData);
  }
  return (
    <AuthCard
      eyebrow="Aizalo staff"
      title="Reset your password"
      description="We will email you a link to choose a new one."
    >
      <div className="flex flex-col gap-4">
        <ResetRequestForm action={sendLink} />
        <Link
          href="/login"
          className="self-center text-sm font-medium text-primary hover:underline"
        >
          Back to sign-in
        </Link>
      </div>
    </AuthCard>
  );
}
