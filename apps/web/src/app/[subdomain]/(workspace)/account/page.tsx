import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import type { TenantRole } from "@aizalo/db";
import { AccountPage } from "../../../../components/shell/account-page";
import { TeamSection } from "../../../../components/team/team-section";
import { requireWorkspaceSession } from "../../../../server/shell-access";

export const metadata: Metadata = { title: "Your account" };

/** Who may be invited with which role: nobody hands out a role above their own. */
const GRANTABLE: Partial<Record<TenantRole, readonly TenantRole[]>> = {
  owner: ["owner", "admin", "staff", "viewer"],
  admin: ["admin", "staff", "viewer"],
};

export default async function WorkspaceAccountPage(props: PageProps<"/[subdomain]/account">) {
  const claims = await requireWorkspaceSession((await props.params).subdomain);
  // The owner "logged in as" a business has no password here; theirs is changed in /admin.
  if (claims.impersonatorId) forbidden();
  // Owners and admins manage the team here until the business has a settings area.
  const grantable = GRANTABLE[claims.role];
  return (
    <div className="flex flex-col gap-10">
      <AccountPage />
      {grantable ? (
        <div className="max-w-3xl">
          <TeamSection grantableRoles={grantable} />
        </div>
      ) : null}
    </div>
  );
}
