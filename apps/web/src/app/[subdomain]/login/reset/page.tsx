import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthCard } from "../../../../auth/auth-card";
import { requestResetLink, type ResetFormState } from "../../../../auth/password-reset-actions";
import { ResetRequestForm } from "../../../../auth/reset-request-form";
import { findTenantBranding } from "../../../../server/tenant-branding";

export const metadata: Metadata = { title: "Reset your password" };

/** A business's users ask for a reset link here; the business is the one in the address. */
export default async function TenantResetRequestPage(props: PageProps<"/[subdomain]/login/reset">) {
  const { subdomain } = await props.params;
  const tenant = await findTenantBranding(subdomain);
  if (!tenant) notFound();
  async function sendLink(_previous: ResetFormState, formData: FormData) {
    "use server";
    return requestResetLink(subdomain, formData);
  }
  return (
    <AuthCard
      eyebrow={tenant.businessName}
      title="Reset your password"
      description="We will email you a link to choose a new one."
    >
      <div className="flex flex-col gap-4">
        <ResetRequestForm action={sendLink} />
        <Link
          href={`/${subdomain}/login` as Route}
          className="self-center text-sm font-medium text-primary hover:underline"
        >
          Back to sign-in
        </Link>
      </div>
    </AuthCard>
  );
}
