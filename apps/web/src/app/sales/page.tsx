import type { Metadata } from "next";
import { homeFor } from "../../auth/claims";
import { SignedInPlaceholder } from "../../auth/signed-in-placeholder";
import { ForbiddenNotice } from "../../components/forbidden-notice";
import { requirePageSession } from "../../server/session-pages";

export const metadata: Metadata = { title: "Sales" };

/** Sales reps' and support's home; owner and admin may look too (they read sales data). */
export default async function SalesHomePage() {
  const claims = await requirePageSession("/login");
  if (claims.userType !== "platform") {
    return <ForbiddenNotice ownPlace={{ href: homeFor(claims), label: "Go to your home page" }} />;
  }
  return (
    <SignedInPlaceholder
      title="Sales"
      description="Your leads, demos, onboarding and commissions."
      claims={claims}
    />
  );
}
