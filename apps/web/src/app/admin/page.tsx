import type { Metadata } from "next";
import { homeFor } from "../../auth/claims";
import { SignedInPlaceholder } from "../../auth/signed-in-placeholder";
import { ForbiddenNotice } from "../../components/forbidden-notice";
import { requirePageSession } from "../../server/session-pages";

export const metadata: Metadata = { title: "Admin" };

/** The platform owner's and admins' home. Anyone else signed in gets the 403 notice. */
export default async function AdminHomePage() {
  const claims = await requirePageSession("/login");
  if (claims.userType !== "platform" || (claims.role !== "owner" && claims.role !== "admin")) {
    return <ForbiddenNotice ownPlace={{ href: homeFor(claims), label: "Go to your home page" }} />;
  }
  return (
    <SignedInPlaceholder
      title="Admin"
      description="Tenants, revenue and the platform's settings."
      claims={claims}
    />
  );
}
