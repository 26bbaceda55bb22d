import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireWorkspaceSession } from "../../../../../server/shell-access";
import { CustomerProfile } from "./customer-profile";

export const metadata: Metadata = { title: "Customer" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One customer: profile, consent, conversations, leads and campaigns. */
export default async function CustomerPage(
  props: PageProps<"/[subdomain]/customers/[customerId]">,
) {
  const { subdomain, customerId } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  if (!UUID.test(customerId)) notFound();
  return (
    <CustomerProfile
      subdomain={claims.subdomain}
      customerId={customerId}
      canWrite={claims.role !== "viewer"}
      // Erasure and a customer's data export: the owner and admins (API and PostgreSQL agree).
      canManagePrivacy={claims.role === "owner" || claims.role === "admin"}
    />
  );
}
