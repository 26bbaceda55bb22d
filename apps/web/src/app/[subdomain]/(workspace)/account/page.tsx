import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { AccountPage } from "../../../../components/shell/account-page";
import { requireWorkspaceSession } from "../../../../server/shell-access";

export const metadata: Metadata = { title: "Your account" };

export default async function WorkspaceAccountPage(props: PageProps<"/[subdomain]/account">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  // The owner "logged in as" a business has no password here; theirs is changed in /admin.
  if (claims.impersonatorId) forbidden();
  return <AccountPage />;
}
