import type { Metadata, Route } from "next";
import { notFound, redirect } from "next/navigation";
import { brandColorStyle, Card, CardContent, CardFooter, CardHeader, initialsOf } from "@aizalo/ui";
import { homeFor } from "../../../auth/claims";
import { signInNotice } from "../../../auth/session-ended-notice";
import { SignInForm } from "../../../auth/sign-in-form";
import type { SignInFormState } from "../../../auth/sign-in-state";
import { signInWith } from "../../../auth/sign-in-with";
import { AizaloLogo } from "../../../components/aizalo-logo";
import { industryLabel } from "../../../lib/industry";
import { verifySession } from "../../../server/session";
import { findTenantBranding } from "../../../server/tenant-branding";

export async function generateMetadata(props: PageProps<"/[subdomain]/login">): Promise<Metadata> {
  const { subdomain } = await props.params;
  const tenant = await findTenantBranding(subdomain);
  return tenant ? { title: `Sign in · ${tenant.businessName}` } : {};
}

/**
 * A business's own sign-in page, in its colours. The business is the one in the address: the
 * form has no field for it, and the sign-in action below closes over the path's subdomain
 * (Next encrypts closed-over values, so a visitor cannot swap it).
 */
export default async function TenantSignInPage(props: PageProps<"/[subdomain]/login">) {
  const { subdomain } = await props.params;
  // People type addresses with capitals ("Baraka-Hardware"); subdomains are lowercase.
  if (subdomain !== subdomain.toLowerCase()) redirect(`/${subdomain.toLowerCase()}/login`);
  const tenant = await findTenantBranding(subdomain);
  if (!tenant) notFound();

  const session = await verifySession();
  if (session.status === "active" && session.claims.userType === "tenant") {
    if (session.claims.subdomain === subdomain) redirect(homeFor(session.claims));
  }
  const notice = signInNotice(await props.searchParams);

  async function signInHere(_previous: SignInFormState, formData: FormData) {
    "use server";
    return signInWith("tenant", formData, { subdomain });
  }

  const whereAndWhat = [industryLabel(tenant.industry), tenant.city].filter(Boolean).join(" · ");

  return (
    <div
      style={brandColorStyle(tenant.primaryColor)}
      className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-12 sm:px-6"
    >
      <Card className="w-full max-w-md overflow-hidden">
        <div className="h-2 bg-primary" />
        <CardHeader className="items-center gap-3 pb-6 text-center">
          <span
            aria-hidden="true"
            className="flex size-16 items-center justify-center rounded-2xl bg-primary text-2xl font-semibold text-primary-foreground"
          >
            {initialsOf(tenant.businessName)}
          </span>
          <h1 className="text-2xl font-semibold tracking-tight text-foreground">
            {tenant.businessName}
          </h1>
          <p className="text-sm text-muted-foreground">{whereAndWhat}</p>
          <p className="mt-2 text-sm text-foreground">Team sign-in</p>
        </CardHeader>
        <CardContent>
          <SignInForm
            action={signInHere}
            notice={notice}
            resetHref={`/${subdomain}/login/reset` as Route}
          />
        </CardContent>
        {tenant.websiteUrl ? (
          <CardFooter className="flex-col gap-1 text-center text-sm text-muted-foreground">
            <span>Looking for {tenant.businessName} as a customer?</span>
            <a href={tenant.websiteUrl} className="font-medium text-primary hover:underline">
              Visit the website
            </a>
          </CardFooter>
        ) : null}
      </Card>
      <div className="flex items-center gap-2 text-sm text-muted-foreground">
        Runs on <AizaloLogo />
      </div>
    </div>
  );
}
