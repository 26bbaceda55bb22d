import { PageHeader } from "@aizalo/ui";
import { ChangePasswordForm } from "../../auth/change-password-form";

/** The signed-in person's own account: for now, changing their password. */
export function AccountPage() {
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title="Your account" description="Change the password you sign in with." />
      <section aria-labelledby="change-password" className="flex flex-col gap-3">
        <h2 id="change-password" className="text-lg font-semibold text-foreground">
          Change your password
        </h2>
        <p className="text-sm text-muted-foreground">
          Changing it signs you out everywhere, including this device.
        </p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
