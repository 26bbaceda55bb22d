import type { Metadata } from "next";
import type { Route } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AccountPage } from "../../../../components/shell/account-page";
import { requireWorkspaceSession } from "../../../../server/shell-access";

export const metadata: Metadata = { title: "Your account" };

export default async function WorkspaceAccountPage(props: PageProps<"/[subdomain]/account">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  // The owner "logged in as" a business has no password here; theirs is changed in /admin.
  if (claims.impersonatorId) forbidden();
  const managesTeam = claims.role === "owner" || claims.role === "admin";
  return (
    <div className="flex flex-col gap-10">
      <AccountPage />
      {managesTeam ? (
        <p className="text-sm text-muted-foreground">
          Your team is managed in{" "}
          <Link
            href={`/${claims.subdomain}/settings/team` as Route}
            className="font-medium text-primary underline-offset-4 hover:underline"
          >
            Settings → Team
          </Link>
          .
        </p>
      ) : null}
    </div>
  );
}
