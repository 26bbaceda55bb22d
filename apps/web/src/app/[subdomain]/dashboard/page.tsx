import type { Metadata, Route } from "next";
import { homeFor } from "../../../auth/claims";
import { SignedInPlaceholder } from "../../../auth/signed-in-placeholder";
import { ForbiddenNotice } from "../../../components/forbidden-notice";
import { requirePageSession } from "../../../server/session-pages";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * A business's dashboard, for its own signed-in users only: a user of another business, or
 * platform staff (who enter through "login as tenant"), gets the 403 notice, which names nothing
 * about this business.
 */
export default async function TenantDashboardPage(props: PageProps<"/[subdomain]/dashboard">) {
  const { subdomain } = await props.params;
  const claims = await requirePageSession(`/${subdomain.toLowerCase()}/login` as Route);
  if (claims.userType !== "tenant" || claims.subdomain !== subdomain) {
    return <ForbiddenNotice ownPlace={{ href: homeFor(claims), label: "Go to your home page" }} />;
  }
  return (
    <SignedInPlaceholder
      title="Dashboard"
      description="Today's customers, conversations and bookings."
      claims={claims}
    />
  );
}
