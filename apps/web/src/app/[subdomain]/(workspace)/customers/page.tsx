import type { Metadata } from "next";
import { requireWorkspaceSession } from "../../../../server/shell-access";
import { CustomersView } from "./customers-view";

export const metadata: Metadata = { title: "Customers" };

/** The business's customers: search, filters, add, import and export. */
export default async function CustomersPage(props: PageProps<"/[subdomain]/customers">) {
  const { subdomain } = await props.params;
  const claims = await requireWorkspaceSession(subdomain);
  // Viewers (and the platform owner viewing read-only) see no write controls; the API and
  // PostgreSQL refuse their writes anyway. Staff hold customers.write by default.
  const canWrite = claims.role !== "viewer";
  return <CustomersView subdomain={claims.subdomain} canWrite={canWrite} />;
}
