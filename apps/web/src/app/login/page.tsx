import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, CardContent, CardHeader } from "@aizalo/ui";
import { homeFor } from "../../auth/claims";
import { signInNotice } from "../../auth/session-ended-notice";
import { AizaloLogo } from "../../components/aizalo-logo";
import { verifySession } from "../../server/session";
import { signInAsStaff } from "./actions";
import { StaffSignInForm } from "./staff-sign-in-form";

export const metadata: Metadata = { title: "Staff sign-in" };

/** Aizalo's own team: the platform owner, admins, sales reps and support. */
export default async function StaffSignInPage(props: PageProps<"/login">) {
  const session = await verifySession();
  if (session.status === "active") redirect(homeFor(session.claims));
  const searchParams = await props.searchParams;
  const notice = signInNotice(searchParams);
  const next = typeof searchParams.next === "string" ? searchParams.next : undefined;

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-12 sm:px-6">
      <AizaloLogo />
      <Card className="w-full max-w-md">
        <CardHeader className="gap-1 text-center">
          <h1 className="text-2xl font-semibold tracking-tight text-foreground">Staff sign-in</h1>
          <p className="text-sm text-muted-foreground">For the Aizalo team.</p>
        </CardHeader>
        <CardContent>
          <StaffSignInForm
            action={signInAsStaff}
            notice={notice}
            resetHref="/login/reset"
            next={next}
          />
        </CardContent>
      </Card>
      <p className="max-w-md text-center text-sm text-muted-foreground">
        Running a business on Aizalo?{" "}
        <Link href="/" className="font-medium text-primary hover:underline">
          Find your business&apos;s sign-in page
        </Link>
        .
      </p>
    </main>
  );
}
