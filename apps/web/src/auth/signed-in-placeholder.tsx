import { PageHeader } from "@aizalo/ui";
import { ChangePasswordForm } from "./change-password-form";
import { loginPathFor } from "./claims";
import { SignOutButton } from "./sign-out-button";
import type { SessionClaims } from "@aizalo/api/auth";

/**
 * The first page after sign-in until the app shells fill these routes: proves who is signed in
 * (the claims are already re-checked) and lets them sign out.
 */
export function SignedInPlaceholder({
  title,
  description,
  claims,
}: {
  title: string;
  description: string;
  claims: SessionClaims;
}) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col gap-6 px-4 py-10 sm:px-6">
      <PageHeader title={title} description={description} />
      <p className="text-sm text-muted-foreground">
        Signed in as {claims.userType === "tenant" ? "a team member" : "platform staff"} with the
        role <strong className="text-foreground">{claims.role}</strong>.
      </p>
      <SignOutButton returnTo={loginPathFor(claims)} />
      {claims.userType === "tenant" && claims.impersonatorId ? null : (
        <section aria-labelledby="change-password" className="flex flex-col gap-3">
          <h2 id="change-password" className="text-lg font-semibold text-foreground">
            Change your password
          </h2>
          <ChangePasswordForm />
        </section>
      )}
    </main>
  );
}
